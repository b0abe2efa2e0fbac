/**
 * Half H of the first-report parity kit (tools/data/first-reports.ts), held
 * out: written on branch parity8 before any fix of that branch, committed with
 * main's figures on it, and measured once at the branch's end. Its weight is on
 * the categories the earlier halves read worst, told by what one sees the event
 * do rather than by its name: per language two reports each for flood (water
 * pouring into a basement up to the ankles; a river over a wall, the street a
 * torrent, cars carried off), crash (a car that flipped over at a roundabout;
 * screeching tyres, a bang, a van into a bus stop), collapse (a sports hall's
 * roof that gave in with people inside; half a block of flats gone, a pile of
 * bricks), unrest (riot police charging protesters, tear gas, stones; a road
 * blocked, shields, bottles flying), fire (a warehouse ablaze, its glow seen
 * far off; smoke pouring out of the flats opposite) and storm (roof sheets
 * flying, gusts, the power out; a funnel that touched down), and one each for
 * attack (a man with a knife on a bus), explosion (a gas blast that blew a
 * shop front out) and earthquake (a building that swayed, frames off the wall,
 * "was that an earthquake?"). One non-report per category: ads (heart-attack
 * week at a pharmacy, a "flavour explosion" burger, car insurance for a crash),
 * old news (a market fire five years ago, the floods of years back), questions
 * about news (an earthquake "on the news", riots in the capital), figurative
 * uses (a storm of applause, a bakery chain's collapse). New sentences, cities
 * named by no other half, by the burst kit or by the language streams; no post
 * of any corpus.
 */
import type { EventCategory } from '../../functions/domain/detector/seeds';

type Two = readonly [string, string];

export interface HeldOutReportsH {
  city: string;
  country: string;
  reports: Record<'attack' | 'explosion' | 'earthquake', readonly [string]> &
    Record<Exclude<EventCategory, 'attack' | 'explosion' | 'earthquake'>, Two>;
  non: Record<EventCategory, readonly [string]>;
}

export const FIRST_REPORTS_H = {
  en: {
    city: 'Cardiff',
    country: 'GB',
    reports: {
      attack: ['Guy with a knife going after people on the bus in Cardiff, two people bleeding, police just got here'],
      explosion: [
        'Gas explosion just blew out the front of a shop on our road in Cardiff, glass all over the pavement',
      ],
      fire: [
        'The whole warehouse by the docks in Cardiff is ablaze, you can see the glow from across the bay',
        'Smoke pouring out of the flats opposite us in Cardiff, people shouting from the windows',
      ],
      earthquake: [
        'Whole building swayed for about ten seconds here in Cardiff, pictures fell off the wall, was that an earthquake??',
      ],
      storm: [
        'Roof panels flying down the street in Cardiff, the gusts are unreal and the power is out',
        'Tornado!! just watched a funnel touch down outside Cardiff, sheds and fences gone',
      ],
      flood: [
        'Water pouring into the basement in Cardiff, already up to our ankles and still rising!!',
        'The river came over the wall in Cardiff, the road outside is a torrent, cars floating away',
      ],
      crash: [
        'A car just flipped over at the roundabout in Cardiff, driver trapped, people trying to pull him out',
        'Screeching tyres then a huge bang on the ring road in Cardiff, a van went straight into the bus stop',
      ],
      collapse: [
        'The roof of the sports hall in Cardiff just gave in with people inside, rescuers digging with bare hands',
        'Half of the old block of flats in Cardiff is just gone, a pile of bricks, people trapped underneath',
      ],
      unrest: [
        'Riot police charging protesters outside city hall in Cardiff, tear gas, people throwing stones',
        'Hundreds of protesters blocking the main road in Cardiff, police with shields, bottles flying',
      ],
    },
    non: {
      attack: ['Heart attack awareness week: free blood pressure checks at our Cardiff pharmacy, book now!'],
      explosion: ['Flavour explosion!! try our new burger at the Cardiff store, 20% off today only'],
      fire: ['Five years ago today the fire at the Cardiff market, we will never forget'],
      earthquake: ['Is it true there was an earthquake in Cardiff last night? saw something on the news'],
      storm: ['A storm of applause at the concert in Cardiff last night, thank you all'],
      flood: ['Remember the floods in Cardiff in 2015? the town never really recovered'],
      crash: ['Car insurance in Cardiff: if you have a crash we cover everything, get a quote today'],
      collapse: ['Did you read about the collapse of that bakery chain in Cardiff? so sad'],
      unrest: ['Anyone following the news about the riots in the capital? what started it?'],
    },
  },
  de: {
    city: 'Augsburg',
    country: 'DE',
    reports: {
      attack: ['Typ mit Messer geht im Bus in Augsburg auf Leute los, zwei bluten, Polizei ist gerade da'],
      explosion: [
        'Gasexplosion hat gerade die Front von einem Laden in unserer Straße in Augsburg rausgesprengt, überall Glas auf dem Gehweg',
      ],
      fire: [
        'Die ganze Lagerhalle im Gewerbegebiet in Augsburg brennt lichterloh, man sieht den Feuerschein kilometerweit',
        'Aus den Wohnungen gegenüber in Augsburg quillt Rauch, Leute schreien aus den Fenstern',
      ],
      earthquake: [
        'Das ganze Gebäude hat hier in Augsburg zehn Sekunden lang geschwankt, Bilder sind von der Wand gefallen, war das ein Erdbeben??',
      ],
      storm: [
        'Dachplatten fliegen durch die Straße in Augsburg, die Böen sind unglaublich und der Strom ist weg',
        'Tornado!! hab gerade gesehen, wie ein Rüssel kurz vor Augsburg aufgesetzt hat, Schuppen und Zäune weg',
      ],
      flood: [
        'Wasser läuft in den Keller in Augsburg, steht schon bis zu den Knöcheln und steigt weiter!!',
        'Der Fluss ist über die Mauer gekommen in Augsburg, die Straße vor dem Haus ist ein reißender Strom, Autos treiben weg',
      ],
      crash: [
        'Ein Auto hat sich gerade am Kreisverkehr in Augsburg überschlagen, Fahrer eingeklemmt, Leute versuchen ihn rauszuziehen',
        'Quietschende Reifen und dann ein lauter Knall auf dem Ring in Augsburg, ein Transporter ist direkt in die Bushaltestelle gefahren',
      ],
      collapse: [
        'Das Dach der Sporthalle in Augsburg ist gerade eingebrochen, Leute drin, Retter graben mit bloßen Händen',
        'Das halbe alte Wohnhaus in Augsburg ist einfach weg, nur noch ein Haufen Ziegel, Leute darunter eingeschlossen',
      ],
      unrest: [
        'Bereitschaftspolizei stürmt auf Demonstranten vor dem Rathaus in Augsburg los, Tränengas, Leute werfen Steine',
        'Hunderte Demonstranten blockieren die Hauptstraße in Augsburg, Polizei mit Schilden, Flaschen fliegen',
      ],
    },
    non: {
      attack: [
        'Woche gegen den Herzinfarkt: kostenlose Blutdruckmessung in unserer Apotheke in Augsburg, jetzt Termin buchen!',
      ],
      explosion: ['Geschmacksexplosion!! probiert unseren neuen Burger in der Filiale in Augsburg, heute 20% Rabatt'],
      fire: ['Heute vor fünf Jahren der Brand auf dem Markt in Augsburg, wir vergessen es nie'],
      earthquake: ['Stimmt es, dass es letzte Nacht in Augsburg ein Erdbeben gab? hab was in den Nachrichten gesehen'],
      storm: ['Ein Sturm des Beifalls beim Konzert gestern Abend in Augsburg, danke euch allen'],
      flood: ['Wisst ihr noch, das Hochwasser in Augsburg 2015? die Stadt hat sich nie richtig erholt'],
      crash: ['Autoversicherung in Augsburg: bei einem Unfall zahlen wir alles, jetzt Angebot holen'],
      collapse: ['Habt ihr vom Zusammenbruch der Bäckereikette in Augsburg gelesen? so traurig'],
      unrest: ['Verfolgt jemand die Nachrichten über die Krawalle in der Hauptstadt? was hat das ausgelöst?'],
    },
  },
  fr: {
    city: 'Strasbourg',
    country: 'FR',
    reports: {
      attack: [
        "Un type avec un couteau s'en prend aux gens dans le tram à Strasbourg, deux personnes saignent, la police vient d'arriver",
      ],
      explosion: [
        "Une explosion de gaz vient de souffler la devanture d'un magasin de notre rue à Strasbourg, du verre partout sur le trottoir",
      ],
      fire: [
        "L'entrepôt entier du port du Rhin à Strasbourg est embrasé, on voit la lueur à des kilomètres",
        'De la fumée sort des appartements en face de chez nous à Strasbourg, des gens crient aux fenêtres',
      ],
      earthquake: [
        "Tout l'immeuble a oscillé une dizaine de secondes ici à Strasbourg, les cadres sont tombés du mur, c'était un séisme ??",
      ],
      storm: [
        "Des plaques de toit volent dans la rue à Strasbourg, les rafales sont dingues et il n'y a plus de courant",
        "Tornade !! je viens de voir l'entonnoir toucher le sol juste à côté de Strasbourg, abris et clôtures arrachés",
      ],
      flood: [
        "L'eau rentre dans la cave à Strasbourg, on en a déjà jusqu'aux chevilles et ça monte encore !!",
        'La rivière a passé le muret à Strasbourg, la rue devant chez nous est un torrent, des voitures emportées',
      ],
      crash: [
        'Une voiture vient de faire un tonneau au rond-point à Strasbourg, le conducteur est coincé, des gens essaient de le sortir',
        "Crissement de pneus puis un gros boum sur la rocade à Strasbourg, une camionnette a foncé dans l'abribus",
      ],
      collapse: [
        'Le toit du gymnase à Strasbourg vient de céder avec des gens dedans, les secours creusent à mains nues',
        'La moitié du vieil immeuble à Strasbourg a disparu, un tas de briques, des gens coincés dessous',
      ],
      unrest: [
        'Les CRS chargent les manifestants devant la mairie à Strasbourg, gaz lacrymogène, des gens lancent des pierres',
        "Des centaines de manifestants bloquent l'avenue principale à Strasbourg, policiers avec boucliers, des bouteilles volent",
      ],
    },
    non: {
      attack: [
        'Semaine de prévention de la crise cardiaque : contrôle de tension gratuit dans notre pharmacie à Strasbourg, réservez !',
      ],
      explosion: [
        "Explosion de saveurs !! goûtez notre nouveau burger au restaurant de Strasbourg, -20 % aujourd'hui seulement",
      ],
      fire: ["Il y a cinq ans jour pour jour, l'incendie du marché de Strasbourg, on n'oubliera jamais"],
      earthquake: ["C'est vrai qu'il y a eu un séisme à Strasbourg cette nuit ? j'ai vu un truc aux infos"],
      storm: ["Une tempête d'applaudissements au concert d'hier soir à Strasbourg, merci à tous"],
      flood: ["Vous vous souvenez des inondations de 2015 à Strasbourg ? la ville ne s'en est jamais vraiment remise"],
      crash: ['Krach boursier ? nos conseillers à Strasbourg protègent votre épargne, premier rendez-vous gratuit'],
      collapse: ["Vous avez lu l'effondrement de la chaîne de boulangeries de Strasbourg ? trop triste"],
      unrest: ["Quelqu'un suit les infos sur les émeutes dans la capitale ? ça a commencé comment ?"],
    },
  },
  es: {
    city: 'Gijón',
    country: 'ES',
    reports: {
      attack: [
        'Un tío con un cuchillo atacando a la gente en el autobús en Gijón, dos personas sangrando, acaba de llegar la policía',
      ],
      explosion: [
        'Una explosión de gas acaba de reventar la fachada de una tienda de nuestra calle en Gijón, cristales por toda la acera',
      ],
      fire: [
        'La nave del puerto de Gijón arde entera, se ve el resplandor a kilómetros',
        'Sale humo de los pisos de enfrente en Gijón, la gente gritando desde las ventanas',
      ],
      earthquake: [
        'Todo el edificio se balanceó unos diez segundos aquí en Gijón, se cayeron los cuadros de la pared, ¿¿eso fue un terremoto??',
      ],
      storm: [
        'Vuelan chapas de los tejados por la calle en Gijón, las rachas son brutales y se ha ido la luz',
        '¡¡Tornado!! acabo de ver el embudo tocar tierra a las afueras de Gijón, casetas y vallas arrancadas',
      ],
      flood: [
        '¡¡Está entrando agua en el sótano en Gijón, ya nos llega a los tobillos y sigue subiendo!!',
        'El río se ha salido por encima del muro en Gijón, la calle de casa es un torrente, coches arrastrados',
      ],
      crash: [
        'Un coche acaba de dar vueltas de campana en la rotonda de Gijón, el conductor atrapado, la gente intentando sacarlo',
        'Chirrido de ruedas y luego un golpetazo en la ronda de Gijón, una furgoneta se ha metido de lleno en la parada del bus',
      ],
      collapse: [
        'El techo del polideportivo de Gijón acaba de hundirse con gente dentro, los rescatistas cavando con las manos',
        'Medio edificio viejo de Gijón ha desaparecido, un montón de ladrillos, gente atrapada debajo',
      ],
      unrest: [
        'Los antidisturbios cargando contra los manifestantes frente al ayuntamiento de Gijón, gases lacrimógenos, gente tirando piedras',
        'Cientos de manifestantes cortando la avenida principal de Gijón, policías con escudos, vuelan botellas',
      ],
    },
    non: {
      attack: [
        'Semana de prevención de ataques al corazón: control de tensión gratis en nuestra farmacia de Gijón, ¡pide cita!',
      ],
      explosion: [
        '¡¡Explosión de sabor!! prueba nuestra nueva hamburguesa en el local de Gijón, 20% de descuento solo hoy',
      ],
      fire: ['Hoy hace cinco años del incendio del mercado de Gijón, nunca lo olvidaremos'],
      earthquake: ['¿Es verdad que anoche hubo un terremoto en Gijón? vi algo en las noticias'],
      storm: ['Una tormenta de aplausos en el concierto de anoche en Gijón, gracias a todos'],
      flood: ['¿Os acordáis de las inundaciones de 2015 en Gijón? la ciudad nunca se recuperó del todo'],
      crash: ['Seguro de coche en Gijón: si tienes un accidente te lo cubrimos todo, pide presupuesto'],
      collapse: ['¿Habéis leído lo del hundimiento de la cadena de panaderías de Gijón? qué pena'],
      unrest: ['¿Alguien sigue las noticias de los disturbios en la capital? ¿qué los provocó?'],
    },
  },
  it: {
    city: 'Trieste',
    country: 'IT',
    reports: {
      attack: [
        "Un tizio con un coltello sta aggredendo la gente sull'autobus a Trieste, due persone sanguinano, è appena arrivata la polizia",
      ],
      explosion: [
        "Un'esplosione di gas ha appena sventrato la vetrina di un negozio nella nostra via a Trieste, vetri su tutto il marciapiede",
      ],
      fire: [
        'Tutto il capannone del porto di Trieste è avvolto dalle fiamme, si vede il bagliore da chilometri',
        'Esce fumo dagli appartamenti di fronte a Trieste, la gente urla dalle finestre',
      ],
      earthquake: [
        'Tutto il palazzo ha oscillato per una decina di secondi qui a Trieste, i quadri sono caduti dal muro, era un terremoto??',
      ],
      storm: [
        'Volano lamiere dei tetti per strada a Trieste, le raffiche sono pazzesche ed è saltata la luce',
        "Tromba d'aria!! ho appena visto il vortice toccare terra appena fuori Trieste, capanni e recinzioni spazzati via",
      ],
      flood: [
        'Entra acqua in cantina a Trieste, ci arriva già alle caviglie e continua a salire!!',
        'Il torrente ha scavalcato il muro a Trieste, la strada sotto casa è un fiume in piena, macchine trascinate via',
      ],
      crash: [
        'Una macchina si è appena cappottata alla rotonda a Trieste, il conducente è incastrato, la gente cerca di tirarlo fuori',
        'Stridio di gomme e poi un botto fortissimo sulla sopraelevata a Trieste, un furgone è finito dritto sulla fermata del bus',
      ],
      collapse: [
        'Il tetto della palestra a Trieste ha appena ceduto con gente dentro, i soccorritori scavano a mani nude',
        "Metà della vecchia palazzina a Trieste non c'è più, un mucchio di mattoni, gente intrappolata sotto",
      ],
      unrest: [
        'La celere carica i manifestanti davanti al municipio a Trieste, lacrimogeni, gente che lancia sassi',
        'Centinaia di manifestanti bloccano il corso principale a Trieste, polizia con gli scudi, volano bottiglie',
      ],
    },
    non: {
      attack: [
        "Settimana di prevenzione dell'attacco di cuore: misurazione della pressione gratis nella nostra farmacia di Trieste, prenota ora!",
      ],
      explosion: ['Esplosione di gusto!! prova il nostro nuovo panino nel locale di Trieste, sconto del 20% solo oggi'],
      fire: ["Cinque anni fa oggi l'incendio del mercato di Trieste, non lo dimenticheremo mai"],
      earthquake: ["È vero che stanotte c'è stato un terremoto a Trieste? ho visto qualcosa al telegiornale"],
      storm: ['Una tempesta di applausi per il concerto di ieri sera a Trieste, grazie a tutti'],
      flood: ["Vi ricordate l'alluvione del 2015 a Trieste? la città non si è mai ripresa davvero"],
      crash: ['Assicurazione auto a Trieste: in caso di incidente ti copriamo tutto, chiedi un preventivo'],
      collapse: ['Avete letto del crollo della catena di panetterie di Trieste? che tristezza'],
      unrest: ['Qualcuno segue le notizie sui disordini nella capitale? cosa li ha scatenati?'],
    },
  },
  pt: {
    city: 'Florianópolis',
    country: 'BR',
    reports: {
      attack: [
        'Um cara com uma faca atacando as pessoas no ônibus em Florianópolis, duas pessoas sangrando, a polícia acabou de chegar',
      ],
      explosion: [
        'Uma explosão de gás acabou de arrancar a fachada de uma loja na nossa rua em Florianópolis, vidro por toda a calçada',
      ],
      fire: [
        'O galpão inteiro do porto em Florianópolis foi tomado pelo fogo, dá pra ver o clarão de longe',
        'Saindo fumaça dos apartamentos em frente em Florianópolis, gente gritando das janelas',
      ],
      earthquake: [
        'O prédio inteiro balançou uns dez segundos aqui em Florianópolis, os quadros caíram da parede, foi um terremoto??',
      ],
      storm: [
        'Telhas voando pela rua em Florianópolis, as rajadas estão absurdas e acabou a luz',
        'Tornado!! acabei de ver o funil tocar o chão bem perto de Florianópolis, galpões e cercas arrancados',
      ],
      flood: [
        'Entrando água no porão em Florianópolis, já está no tornozelo e continua subindo!!',
        'O rio passou por cima do muro em Florianópolis, a rua de casa virou uma correnteza, carros sendo levados',
      ],
      crash: [
        'Um carro acabou de capotar na rotatória em Florianópolis, motorista preso, o pessoal tentando tirar ele',
        'Cantada de pneu e depois um estrondo na avenida em Florianópolis, uma van entrou direto no ponto de ônibus',
      ],
      collapse: [
        'O teto do ginásio em Florianópolis acabou de ceder com gente dentro, os socorristas cavando com as mãos',
        'Metade do prédio antigo em Florianópolis simplesmente sumiu, um monte de tijolos, gente presa embaixo',
      ],
      unrest: [
        'A tropa de choque avançando contra os manifestantes na frente da prefeitura em Florianópolis, gás lacrimogêneo, gente jogando pedras',
        'Centenas de manifestantes bloqueando a avenida principal em Florianópolis, policiais com escudos, garrafas voando',
      ],
    },
    non: {
      attack: [
        'Semana de prevenção do ataque cardíaco: aferição de pressão grátis na nossa farmácia em Florianópolis, agende já!',
      ],
      explosion: ['Explosão de sabor!! prove nosso novo hambúrguer na loja de Florianópolis, 20% de desconto só hoje'],
      fire: ['Hoje faz cinco anos do incêndio no mercado de Florianópolis, nunca vamos esquecer'],
      earthquake: ['É verdade que teve um terremoto em Florianópolis ontem à noite? vi alguma coisa no jornal'],
      storm: ['Uma tempestade de aplausos no show de ontem em Florianópolis, obrigado a todos'],
      flood: ['Lembram da enchente de 2015 em Florianópolis? a cidade nunca se recuperou de verdade'],
      crash: ['Seguro auto em Florianópolis: se você sofrer um acidente, cobrimos tudo, faça sua cotação'],
      collapse: ['Vocês leram sobre o colapso da rede de padarias de Florianópolis? que triste'],
      unrest: ['Alguém acompanhando as notícias dos tumultos na capital? o que começou aquilo?'],
    },
  },
  nl: {
    city: 'Arnhem',
    country: 'NL',
    reports: {
      attack: ['Man met een mes valt mensen aan in de bus in Arnhem, twee mensen bloeden, politie is er net'],
      explosion: [
        'Gasexplosie heeft net de pui van een winkel in onze straat in Arnhem weggeblazen, overal glas op de stoep',
      ],
      fire: [
        'De hele loods op het industrieterrein in Arnhem staat in lichterlaaie, je ziet de gloed van kilometers ver',
        'Rook komt uit de flats tegenover ons in Arnhem, mensen roepen uit de ramen',
      ],
      earthquake: [
        'Het hele gebouw zwaaide zo’n tien seconden hier in Arnhem, schilderijen vielen van de muur, was dat een aardbeving??',
      ],
      storm: [
        'Dakplaten vliegen door de straat in Arnhem, de windstoten zijn niet normaal en de stroom is uitgevallen',
        'Tornado!! zag net de slurf de grond raken vlak buiten Arnhem, schuurtjes en hekken weg',
      ],
      flood: [
        'Water stroomt de kelder in in Arnhem, staat al tot onze enkels en het stijgt nog!!',
        'De rivier is over de kade gekomen in Arnhem, de straat voor ons huis is een kolkende stroom, auto’s drijven weg',
      ],
      crash: [
        'Auto is net over de kop geslagen op de rotonde in Arnhem, bestuurder zit vast, mensen proberen hem eruit te halen',
        'Piepende banden en toen een harde klap op de ring in Arnhem, een busje reed recht de bushalte in',
      ],
      collapse: [
        'Het dak van de sporthal in Arnhem is net bezweken met mensen erin, hulpverleners graven met hun handen',
        'De helft van het oude flatgebouw in Arnhem is gewoon weg, een berg stenen, mensen bedolven eronder',
      ],
      unrest: [
        'ME charget demonstranten voor het stadhuis in Arnhem, traangas, mensen gooien met stenen',
        'Honderden demonstranten blokkeren de hoofdweg in Arnhem, agenten met schilden, flessen vliegen rond',
      ],
    },
    non: {
      attack: ['Week van de hartaanval: gratis bloeddrukmeting bij onze apotheek in Arnhem, maak nu een afspraak!'],
      explosion: ['Smaakexplosie!! probeer onze nieuwe burger in de vestiging in Arnhem, vandaag 20% korting'],
      fire: ['Vandaag vijf jaar geleden de brand op de markt in Arnhem, we vergeten het nooit'],
      earthquake: ['Klopt het dat er vannacht een aardbeving was in Arnhem? zag iets op het nieuws'],
      storm: ['Een storm van applaus bij het concert gisteravond in Arnhem, bedankt allemaal'],
      flood: ['Weten jullie nog de overstroming van 2015 in Arnhem? de stad is er nooit echt van hersteld'],
      crash: ['Autoverzekering in Arnhem: bij een ongeluk dekken wij alles, vraag nu een offerte aan'],
      collapse: ['Hebben jullie gelezen over de ineenstorting van de bakkerijketen in Arnhem? zo zonde'],
      unrest: ['Volgt iemand het nieuws over de rellen in de hoofdstad? waar begon het mee?'],
    },
  },
  pl: {
    city: 'Katowice',
    country: 'PL',
    reports: {
      attack: ['Facet z nożem atakuje ludzi w tramwaju w Katowicach, dwie osoby krwawią, policja właśnie przyjechała'],
      explosion: ['Wybuch gazu właśnie wyrwał witrynę sklepu na naszej ulicy w Katowicach, szkło na całym chodniku'],
      fire: [
        'Cała hala magazynowa w Katowicach stoi w płomieniach, łunę widać z daleka',
        'Z mieszkań naprzeciwko w Katowicach wydobywa się dym, ludzie krzyczą z okien',
      ],
      earthquake: [
        'Cały budynek kołysał się przez jakieś dziesięć sekund tutaj w Katowicach, obrazy spadły ze ściany, to było trzęsienie ziemi??',
      ],
      storm: [
        'Blachy z dachów latają po ulicy w Katowicach, porywy wiatru są szalone i nie ma prądu',
        'Trąba powietrzna!! właśnie widziałem lej dotykający ziemi tuż za Katowicami, szopy i płoty zniknęły',
      ],
      flood: [
        'Woda wlewa się do piwnicy w Katowicach, już mamy po kostki i ciągle przybywa!!',
        'Rzeka przelała się przez mur w Katowicach, ulica przed domem to rwący potok, samochody porwane przez wodę',
      ],
      crash: [
        'Samochód właśnie dachował na rondzie w Katowicach, kierowca zakleszczony, ludzie próbują go wyciągnąć',
        'Pisk opon i potem potężny huk na obwodnicy w Katowicach, bus wjechał prosto w przystanek',
      ],
      collapse: [
        'Dach hali sportowej w Katowicach właśnie się zarwał, w środku ludzie, ratownicy kopią gołymi rękami',
        'Połowy starej kamienicy w Katowicach po prostu nie ma, sterta cegieł, ludzie uwięzieni pod spodem',
      ],
      unrest: [
        'Policja w pełnym rynsztunku szarżuje na protestujących przed urzędem miasta w Katowicach, gaz łzawiący, ludzie rzucają kamieniami',
        'Setki protestujących blokują główną ulicę w Katowicach, policjanci z tarczami, lecą butelki',
      ],
    },
    non: {
      attack: [
        'Tydzień zapobiegania atakom serca: bezpłatny pomiar ciśnienia w naszej aptece w Katowicach, zapisz się!',
      ],
      explosion: ['Eksplozja smaku!! spróbuj naszego nowego burgera w lokalu w Katowicach, dziś 20% taniej'],
      fire: ['Dziś mija pięć lat od pożaru targowiska w Katowicach, nigdy nie zapomnimy'],
      earthquake: ['Czy to prawda, że w nocy było trzęsienie ziemi w Katowicach? widziałem coś w wiadomościach'],
      storm: ['Burza oklasków na wczorajszym koncercie w Katowicach, dziękujemy wszystkim'],
      flood: ['Pamiętacie powódź w Katowicach w 2015? miasto nigdy się do końca nie podniosło'],
      crash: ['Ubezpieczenie auta w Katowicach: w razie wypadku pokrywamy wszystko, zamów wycenę'],
      collapse: ['Czytaliście o upadku sieci piekarni z Katowic? smutne'],
      unrest: ['Ktoś śledzi wiadomości o zamieszkach w stolicy? od czego się zaczęło?'],
    },
  },
  ru: {
    city: 'Voronezh',
    country: 'RU',
    reports: {
      attack: ['Мужик с ножом кидается на людей в автобусе в Воронеже, двое в крови, полиция только что приехала'],
      explosion: ['Взрыв газа только что вынес витрину магазина на нашей улице в Воронеже, стекло по всему тротуару'],
      fire: [
        'Весь склад в промзоне в Воронеже полыхает, зарево видно за километры',
        'Из квартир напротив в Воронеже валит дым, люди кричат из окон',
      ],
      earthquake: [
        'Весь дом качался секунд десять здесь в Воронеже, картины попадали со стены, это было землетрясение??',
      ],
      storm: [
        'По улице в Воронеже летают куски кровли, порывы ветра бешеные и света нет',
        'Смерч!! только что видел, как воронка коснулась земли прямо за Воронежем, сараи и заборы снесло',
      ],
      flood: [
        'В подвал в Воронеже хлещет вода, уже по щиколотку и всё прибывает!!',
        'Река перелилась через стену в Воронеже, улица перед домом превратилась в бурный поток, машины уносит',
      ],
      crash: [
        'Машина только что перевернулась на кольце в Воронеже, водителя зажало, люди пытаются его вытащить',
        'Визг тормозов и потом сильный удар на объездной в Воронеже, маршрутка влетела прямо в остановку',
      ],
      collapse: [
        'Крыша спортзала в Воронеже только что провалилась, внутри люди, спасатели разбирают завалы руками',
        'Половины старого дома в Воронеже просто нет, груда кирпичей, под ней люди',
      ],
      unrest: [
        'ОМОН бросился на протестующих у мэрии в Воронеже, слезоточивый газ, люди кидают камни',
        'Сотни протестующих перекрыли главный проспект в Воронеже, полиция со щитами, летят бутылки',
      ],
    },
    non: {
      attack: [
        'Неделя профилактики сердечного приступа: бесплатное измерение давления в нашей аптеке в Воронеже, записывайтесь!',
      ],
      explosion: ['Взрыв вкуса!! попробуйте наш новый бургер в кафе в Воронеже, сегодня скидка 20%'],
      fire: ['Ровно пять лет назад пожар на рынке в Воронеже, никогда не забудем'],
      earthquake: ['Правда, что ночью в Воронеже было землетрясение? видел что-то в новостях'],
      storm: ['Буря оваций на вчерашнем концерте в Воронеже, спасибо всем'],
      flood: ['Помните наводнение 2015 года в Воронеже? город так и не оправился'],
      crash: ['Автострахование в Воронеже: при аварии покроем всё, закажите расчёт'],
      collapse: ['Читали про крах сети пекарен в Воронеже? так грустно'],
      unrest: ['Кто-нибудь следит за новостями о беспорядках в столице? с чего всё началось?'],
    },
  },
  uk: {
    city: 'Rivne',
    country: 'UA',
    reports: {
      attack: ['Чоловік з ножем кидається на людей у тролейбусі в Рівному, двоє в крові, поліція щойно приїхала'],
      explosion: ['Вибух газу щойно виніс вітрину магазину на нашій вулиці в Рівному, скло по всьому тротуару'],
      fire: [
        'Весь склад у промзоні в Рівному палає, заграву видно за кілометри',
        'З квартир навпроти в Рівному валить дим, люди кричать з вікон',
      ],
      earthquake: ['Весь будинок гойдався секунд десять тут у Рівному, картини попадали зі стіни, це був землетрус??'],
      storm: [
        'Вулицею в Рівному літають шматки покрівлі, пориви вітру шалені і світла немає',
        'Смерч!! щойно бачив, як лійка торкнулася землі прямо за Рівним, сараї та паркани знесло',
      ],
      flood: [
        'У підвал у Рівному ллється вода, вже по щиколотки і все прибуває!!',
        'Річка перелилася через стіну в Рівному, вулиця перед будинком перетворилася на бурхливий потік, машини зносить',
      ],
      crash: [
        'Машина щойно перекинулася на колі в Рівному, водія затиснуло, люди намагаються його витягти',
        'Вереск гальм, а потім сильний удар на обʼїзній у Рівному, маршрутка влетіла прямо в зупинку',
      ],
      collapse: [
        'Дах спортзалу в Рівному щойно провалився, всередині люди, рятувальники розбирають завали руками',
        'Половини старого будинку в Рівному просто немає, купа цегли, під нею люди',
      ],
      unrest: [
        'Спецпризначенці кинулися на протестувальників біля міськради в Рівному, сльозогінний газ, люди кидають каміння',
        'Сотні протестувальників перекрили головний проспект у Рівному, поліція зі щитами, летять пляшки',
      ],
    },
    non: {
      attack: [
        'Тиждень профілактики серцевого нападу: безкоштовне вимірювання тиску в нашій аптеці в Рівному, записуйтеся!',
      ],
      explosion: ['Вибух смаку!! скуштуйте наш новий бургер у кафе в Рівному, сьогодні знижка 20%'],
      fire: ['Саме пʼять років тому пожежа на ринку в Рівному, ніколи не забудемо'],
      earthquake: ['Правда, що вночі в Рівному був землетрус? бачив щось у новинах'],
      storm: ['Буря оплесків на вчорашньому концерті в Рівному, дякуємо всім'],
      flood: ['Памʼятаєте повінь 2015 року в Рівному? місто так і не оговталося'],
      crash: ['Автострахування в Рівному: у разі аварії покриємо все, замовте розрахунок'],
      collapse: ['Читали про крах мережі пекарень у Рівному? так сумно'],
      unrest: ['Хтось стежить за новинами про заворушення в столиці? з чого все почалося?'],
    },
  },
  tr: {
    city: 'Trabzon',
    country: 'TR',
    reports: {
      attack: [
        'Elinde bıçakla bir adam Trabzon’da otobüste insanlara saldırıyor, iki kişi kanlar içinde, polis yeni geldi',
      ],
      explosion: ['Doğalgaz patlaması Trabzon’da sokağımızdaki bir dükkanın önünü uçurdu, kaldırım baştan sona cam'],
      fire: [
        'Trabzon’da limandaki depo baştan aşağı yanıyor, alevlerin ışığı kilometrelerce öteden görünüyor',
        'Trabzon’da karşı apartmandan dumanlar yükseliyor, insanlar pencerelerden bağırıyor',
      ],
      earthquake: ['Trabzon’da bina on saniye kadar sallandı, tablolar duvardan düştü, deprem miydi bu??'],
      storm: [
        'Trabzon’da çatı sacları sokakta uçuşuyor, rüzgar inanılmaz ve elektrikler kesildi',
        'Hortum!! Trabzon’un hemen dışında huninin yere indiğini gördüm, kulübeler ve çitler uçtu gitti',
      ],
      flood: [
        'Trabzon’da bodruma su doluyor, şimdiden bileklerimize kadar geldi ve hâlâ yükseliyor!!',
        'Trabzon’da dere duvarın üstünden aştı, evin önündeki sokak azgın bir akıntıya döndü, arabaları sürüklüyor',
      ],
      crash: [
        'Trabzon’da göbekte bir araba takla attı, sürücü sıkıştı, insanlar onu çıkarmaya çalışıyor',
        'Trabzon’da sahil yolunda lastik sesi ve ardından büyük bir gürültü, bir minibüs doğrudan durağa daldı',
      ],
      collapse: [
        'Trabzon’da spor salonunun çatısı çöktü, içeride insanlar var, kurtarma ekipleri elleriyle kazıyor',
        'Trabzon’da eski apartmanın yarısı yok artık, bir tuğla yığını, altında insanlar var',
      ],
      unrest: [
        'Trabzon’da çevik kuvvet belediye önündeki protestoculara müdahale ediyor, biber gazı, insanlar taş atıyor',
        'Trabzon’da yüzlerce protestocu ana caddeyi kapattı, kalkanlı polisler, şişeler havada uçuşuyor',
      ],
    },
    non: {
      attack: [
        'Kalp krizi farkındalık haftası: Trabzon’daki eczanemizde ücretsiz tansiyon ölçümü, hemen randevu alın!',
      ],
      explosion: ['Lezzet patlaması!! Trabzon şubemizde yeni burgerimizi deneyin, sadece bugün %20 indirim'],
      fire: ['Bugün Trabzon’daki pazar yangınının beşinci yıl dönümü, asla unutmayacağız'],
      earthquake: ['Dün gece Trabzon’da deprem olduğu doğru mu? haberlerde bir şey gördüm'],
      storm: ['Dün akşam Trabzon’daki konserde alkış fırtınası, herkese teşekkürler'],
      flood: ['2015’teki Trabzon selini hatırlıyor musunuz? şehir hiç tam toparlanamadı'],
      crash: ['Trabzon’da kasko: kaza yaparsanız her şeyi karşılıyoruz, hemen teklif alın'],
      collapse: ['Trabzon’daki fırın zincirinin çöküşünü okudunuz mu? çok üzücü'],
      unrest: ['Başkentteki olaylarla ilgili haberleri takip eden var mı? neden başladı?'],
    },
  },
  id: {
    city: 'Palembang',
    country: 'ID',
    reports: {
      attack: [
        'Ada pria bawa pisau menyerang orang-orang di dalam bus di Palembang, dua orang berdarah, polisi baru datang',
      ],
      explosion: [
        'Ledakan gas barusan menghancurkan bagian depan toko di jalan kami di Palembang, pecahan kaca di seluruh trotoar',
      ],
      fire: [
        'Seluruh gudang dekat pelabuhan di Palembang dilahap api, cahayanya kelihatan dari jauh',
        'Asap mengepul dari rumah susun di depan kami di Palembang, orang-orang berteriak dari jendela',
      ],
      earthquake: [
        'Seluruh gedung bergoyang sekitar sepuluh detik di sini di Palembang, bingkai foto jatuh dari dinding, itu gempa ya??',
      ],
      storm: [
        'Atap seng beterbangan di jalan di Palembang, anginnya kencang banget dan listrik padam',
        'Puting beliung!! barusan lihat pusarannya turun ke tanah di pinggiran Palembang, gubuk dan pagar hilang',
      ],
      flood: [
        'Air masuk ke rumah kami di Palembang, sudah semata kaki dan terus naik!!',
        'Sungai meluap melewati tembok di Palembang, jalan depan rumah jadi arus deras, mobil-mobil hanyut',
      ],
      crash: [
        'Mobil barusan terguling di bundaran di Palembang, sopirnya terjepit, warga berusaha mengeluarkannya',
        'Bunyi ban berdecit lalu dentuman keras di jalan lingkar Palembang, sebuah minibus menabrak halte bus',
      ],
      collapse: [
        'Atap gedung olahraga di Palembang barusan jebol, ada orang di dalam, tim penyelamat menggali dengan tangan',
        'Separuh bangunan ruko tua di Palembang sudah rata, tinggal tumpukan batu bata, ada orang tertimbun di bawahnya',
      ],
      unrest: [
        'Polisi antihuru-hara menghalau demonstran di depan kantor wali kota Palembang, gas air mata, massa melempar batu',
        'Ratusan demonstran memblokir jalan utama di Palembang, polisi bawa tameng, botol beterbangan',
      ],
    },
    non: {
      attack: ['Pekan peduli serangan jantung: cek tensi gratis di apotek kami di Palembang, daftar sekarang!'],
      explosion: ['Ledakan rasa!! coba burger baru kami di gerai Palembang, diskon 20% hari ini saja'],
      fire: ['Hari ini lima tahun lalu kebakaran pasar di Palembang, kami tidak akan pernah lupa'],
      earthquake: ['Benarkah semalam ada gempa di Palembang? lihat sesuatu di berita'],
      storm: ['Badai tepuk tangan di konser semalam di Palembang, terima kasih semuanya'],
      flood: ['Ingat banjir tahun 2015 di Palembang? kota ini tidak pernah benar-benar pulih'],
      crash: ['Asuransi mobil di Palembang: kalau kecelakaan kami tanggung semuanya, minta penawaran sekarang'],
      collapse: ['Sudah baca soal ambruknya jaringan toko roti di Palembang? sedih banget'],
      unrest: ['Ada yang ikuti berita kerusuhan di ibu kota? apa penyebabnya?'],
    },
  },
  tl: {
    city: 'Tacloban',
    country: 'PH',
    reports: {
      attack: [
        'May lalaking may kutsilyo na umaatake sa mga tao sa jeep dito sa Tacloban, dalawa ang duguan, kararating lang ng pulis',
      ],
      explosion: [
        'Sumabog ang gas at nawasak ang harap ng isang tindahan sa kalye namin sa Tacloban, bubog sa buong bangketa',
      ],
      fire: [
        'Nilalamon ng apoy ang buong bodega malapit sa pantalan sa Tacloban, kita ang liwanag mula sa malayo',
        'May usok na lumalabas sa mga apartment sa tapat namin sa Tacloban, sumisigaw ang mga tao sa bintana',
      ],
      earthquake: [
        'Umuga ang buong gusali nang mga sampung segundo dito sa Tacloban, nahulog ang mga litrato sa dingding, lindol ba yun??',
      ],
      storm: [
        'Lumilipad ang mga yero sa kalye dito sa Tacloban, grabe ang bugso ng hangin at brownout na',
        'Buhawi!! nakita ko lang bumaba yung ipo-ipo sa labas ng Tacloban, tangay ang mga kubo at bakod',
      ],
      flood: [
        'Pumapasok na ang tubig sa bahay namin sa Tacloban, hanggang bukung-bukong na at tumataas pa!!',
        'Umapaw ang ilog lampas sa pader dito sa Tacloban, rumaragasa na ang tubig sa kalye sa harap, tinatangay ang mga sasakyan',
      ],
      crash: [
        'Bumaligtad ang isang kotse sa rotonda sa Tacloban, naipit ang driver, sinusubukan siyang ilabas ng mga tao',
        'Narinig ko ang skid ng gulong tapos malakas na kalabog sa highway sa Tacloban, sumalpok ang isang van sa waiting shed',
      ],
      collapse: [
        'Bumigay ang bubong ng gym sa Tacloban, may mga tao sa loob, naghuhukay ang mga rescuer gamit ang kamay',
        'Kalahati ng lumang gusali sa Tacloban wala na, tambak ng hollow blocks, may mga taong naipit sa ilalim',
      ],
      unrest: [
        'Sinugod ng anti-riot police ang mga nagpoprotesta sa harap ng city hall ng Tacloban, tear gas, nagbabatuhan ang mga tao',
        'Daan-daang nagpoprotesta ang nagharang sa pangunahing kalsada sa Tacloban, mga pulis na may kalasag, lumilipad ang mga bote',
      ],
    },
    non: {
      attack: ['Heart attack awareness week: libreng BP check sa aming botika sa Tacloban, magpa-schedule na!'],
      explosion: ['Pasabog na lasa!! subukan ang bago naming burger sa Tacloban branch, 20% off ngayon lang'],
      fire: ['Limang taon na ngayon mula nang masunog ang palengke sa Tacloban, hindi namin makakalimutan'],
      earthquake: ['Totoo bang may lindol sa Tacloban kagabi? may nakita ako sa balita'],
      storm: ['Bagyo ng palakpakan sa concert kagabi sa Tacloban, salamat sa lahat'],
      flood: ['Naaalala niyo ba ang baha noong 2015 sa Tacloban? hindi na talaga nakabangon ang bayan'],
      crash: ['Car insurance sa Tacloban: kapag naaksidente ka, sagot namin lahat, magpa-quote na'],
      collapse: ['Nabasa niyo ba ang pagbagsak ng bakery chain sa Tacloban? nakakalungkot'],
      unrest: ['May sumusubaybay ba sa balita tungkol sa gulo sa kabisera? ano ang pinagmulan?'],
    },
  },
  el: {
    city: 'Kavala',
    country: 'GR',
    reports: {
      attack: [
        'Ένας τύπος με μαχαίρι επιτίθεται σε κόσμο μέσα στο λεωφορείο στην Καβάλα, δύο άνθρωποι αιμορραγούν, μόλις ήρθε η αστυνομία',
      ],
      explosion: [
        'Έκρηξη γκαζιού μόλις τίναξε τη βιτρίνα ενός μαγαζιού στον δρόμο μας στην Καβάλα, γυαλιά σε όλο το πεζοδρόμιο',
      ],
      fire: [
        'Όλη η αποθήκη στο λιμάνι της Καβάλας έχει τυλιχτεί στις φλόγες, η λάμψη φαίνεται από χιλιόμετρα',
        'Βγαίνει καπνός από τα διαμερίσματα απέναντι στην Καβάλα, άνθρωποι φωνάζουν από τα παράθυρα',
      ],
      earthquake: [
        'Όλο το κτίριο ταλαντευόταν καμιά δεκαριά δευτερόλεπτα εδώ στην Καβάλα, έπεσαν τα κάδρα από τον τοίχο, σεισμός ήταν;;',
      ],
      storm: [
        'Λαμαρίνες από στέγες πετάνε στον δρόμο στην Καβάλα, οι ριπές είναι τρελές και κόπηκε το ρεύμα',
        'Ανεμοστρόβιλος!! μόλις είδα τη χοάνη να ακουμπάει στο έδαφος έξω από την Καβάλα, αποθήκες και φράχτες εξαφανίστηκαν',
      ],
      flood: [
        'Μπαίνει νερό στο υπόγειο στην Καβάλα, μας φτάνει ήδη στους αστραγάλους και ανεβαίνει!!',
        'Το ρέμα ξεχείλισε πάνω από τον τοίχο στην Καβάλα, ο δρόμος μπροστά στο σπίτι έγινε χείμαρρος, παρασύρει αυτοκίνητα',
      ],
      crash: [
        'Ένα αυτοκίνητο μόλις τούμπαρε στον κυκλικό κόμβο στην Καβάλα, ο οδηγός εγκλωβισμένος, ο κόσμος προσπαθεί να τον βγάλει',
        'Στρίγκλισμα φρένων και μετά δυνατός γδούπος στην περιφερειακή της Καβάλας, ένα βανάκι έπεσε πάνω στη στάση του λεωφορείου',
      ],
      collapse: [
        'Η οροφή του γυμναστηρίου στην Καβάλα μόλις υποχώρησε με κόσμο μέσα, οι διασώστες σκάβουν με τα χέρια',
        'Το μισό παλιό κτίριο στην Καβάλα απλά δεν υπάρχει πια, ένας σωρός από τούβλα, άνθρωποι παγιδευμένοι από κάτω',
      ],
      unrest: [
        'Τα ΜΑΤ κάνουν έφοδο στους διαδηλωτές έξω από το δημαρχείο στην Καβάλα, δακρυγόνα, κόσμος πετάει πέτρες',
        'Εκατοντάδες διαδηλωτές έχουν κλείσει τον κεντρικό δρόμο στην Καβάλα, αστυνομικοί με ασπίδες, πετάνε μπουκάλια',
      ],
    },
    non: {
      attack: [
        'Εβδομάδα πρόληψης της καρδιακής προσβολής: δωρεάν μέτρηση πίεσης στο φαρμακείο μας στην Καβάλα, κλείστε ραντεβού!',
      ],
      explosion: ['Έκρηξη γεύσης!! δοκιμάστε το νέο μας μπέργκερ στο κατάστημα της Καβάλας, σήμερα μόνο -20%'],
      fire: ['Σαν σήμερα πριν από πέντε χρόνια η φωτιά στην αγορά της Καβάλας, δεν θα το ξεχάσουμε ποτέ'],
      earthquake: ['Αλήθεια έγινε σεισμός στην Καβάλα χθες βράδυ; είδα κάτι στις ειδήσεις'],
      storm: ['Θύελλα χειροκροτημάτων στη χθεσινή συναυλία στην Καβάλα, ευχαριστούμε όλους'],
      flood: ['Θυμάστε τις πλημμύρες του 2015 στην Καβάλα; η πόλη δεν συνήλθε ποτέ πραγματικά'],
      crash: ['Ασφάλεια αυτοκινήτου στην Καβάλα: σε περίπτωση τροχαίου τα καλύπτουμε όλα, ζητήστε προσφορά'],
      collapse: ['Διαβάσατε για την κατάρρευση της αλυσίδας αρτοποιείων της Καβάλας; κρίμα'],
      unrest: ['Παρακολουθεί κανείς τις ειδήσεις για τα επεισόδια στην πρωτεύουσα; πώς ξεκίνησαν;'],
    },
  },
  ar: {
    city: 'Benghazi',
    country: 'LY',
    reports: {
      attack: ['رجل يحمل سكينا يهاجم الناس في الحافلة في بنغازي، شخصان ينزفان، الشرطة وصلت للتو'],
      explosion: ['انفجار غاز أطاح للتو بواجهة محل في شارعنا في بنغازي، الزجاج يغطي الرصيف كله'],
      fire: [
        'المخزن كله قرب الميناء في بنغازي تلتهمه النيران، الوهج يرى من بعيد',
        'دخان يتصاعد من الشقق المقابلة لنا في بنغازي، الناس يصرخون من النوافذ',
      ],
      earthquake: ['العمارة كلها تمايلت حوالي عشر ثوان هنا في بنغازي، الصور وقعت من على الحائط، هل كان زلزالا؟؟'],
      storm: [
        'ألواح الأسطح تتطاير في الشارع في بنغازي، الرياح عاتية جدا والكهرباء انقطعت',
        'إعصار!! رأيت للتو القمع يلامس الأرض خارج بنغازي مباشرة، الأكواخ والأسوار اختفت',
      ],
      flood: [
        'المياه تدخل القبو في بنغازي، وصلت إلى كواحلنا ولا تزال ترتفع!!',
        'الوادي فاض فوق السور في بنغازي، الشارع أمام البيت صار تيارا جارفا، السيارات تجرفها المياه',
      ],
      crash: [
        'سيارة انقلبت للتو في الدوار في بنغازي، السائق عالق، الناس يحاولون إخراجه',
        'صرير إطارات ثم صوت ارتطام قوي على الطريق الدائري في بنغازي، ميكروباص دخل مباشرة في موقف الحافلات',
      ],
      collapse: [
        'سقف الصالة الرياضية في بنغازي انهار للتو وبداخلها ناس، المسعفون يحفرون بأيديهم',
        'نصف العمارة القديمة في بنغازي اختفى، كومة من الطوب، وناس محاصرون تحتها',
      ],
      unrest: [
        'قوات مكافحة الشغب تهاجم المتظاهرين أمام مبنى البلدية في بنغازي، غاز مسيل للدموع، الناس يرمون الحجارة',
        'مئات المتظاهرين يغلقون الشارع الرئيسي في بنغازي، الشرطة بالدروع، والزجاجات تتطاير',
      ],
    },
    non: {
      attack: ['أسبوع التوعية بالنوبة القلبية: قياس ضغط مجاني في صيدليتنا في بنغازي، احجز الآن!'],
      explosion: ['انفجار نكهات!! جرب البرجر الجديد في فرعنا في بنغازي، خصم 20% اليوم فقط'],
      fire: ['حريق سوق بنغازي كان قبل خمس سنوات من اليوم، لن ننساه أبدا'],
      earthquake: ['هل صحيح أن زلزالا ضرب بنغازي الليلة الماضية؟ رأيت شيئا في الأخبار'],
      storm: ['عاصفة من التصفيق في حفل البارحة في بنغازي، شكرا للجميع'],
      flood: ['هل تذكرون فيضانات 2015 في بنغازي؟ المدينة لم تتعاف تماما'],
      crash: ['تأمين السيارات في بنغازي: في حالة الحادث نغطي كل شيء، اطلب عرض سعر الآن'],
      collapse: ['هل قرأتم عن انهيار سلسلة المخابز في بنغازي؟ أمر محزن'],
      unrest: ['هل يتابع أحد أخبار أعمال الشغب في العاصمة؟ ما الذي أشعلها؟'],
    },
  },
  fa: {
    city: 'Ahvaz',
    country: 'IR',
    reports: {
      attack: ['یه مرد با چاقو تو اتوبوس تو اهواز به مردم حمله می‌کنه، دو نفر خونریزی دارن، پلیس همین الان رسید'],
      explosion: ['انفجار گاز همین الان جلوی یه مغازه تو خیابون ما تو اهواز رو ترکوند، همه پیاده‌رو پر شیشه‌ست'],
      fire: [
        'کل انبار تو منطقه صنعتی اهواز در آتش می‌سوزه، نورش از کیلومترها دور دیده میشه',
        'از آپارتمان‌های روبروی ما تو اهواز دود بیرون میاد، مردم از پنجره‌ها داد می‌زنن',
      ],
      earthquake: ['کل ساختمون حدود ده ثانیه اینجا تو اهواز تاب می‌خورد، قاب عکسا از دیوار افتادن، زلزله بود؟؟'],
      storm: [
        'ورق‌های سقف تو خیابون تو اهواز پرواز می‌کنن، تندباد وحشتناکه و برق رفته',
        'گردباد!! همین الان دیدم قیفش به زمین خورد درست بیرون اهواز، انبارک‌ها و حصارها رفتن',
      ],
      flood: [
        'آب داره میاد تو زیرزمین تو اهواز، تا قوزک پامون رسیده و هنوز بالا میاد!!',
        'رودخونه از روی دیوار سرریز کرد تو اهواز، خیابون جلوی خونه شده یه رود خروشان، ماشینا رو آب می‌بره',
      ],
      crash: [
        'یه ماشین همین الان تو میدون تو اهواز چپ کرد، راننده گیر افتاده، مردم دارن درش میارن',
        'صدای جیغ لاستیک و بعد یه صدای برخورد وحشتناک تو کمربندی اهواز، یه ون مستقیم رفت تو ایستگاه اتوبوس',
      ],
      collapse: [
        'سقف سالن ورزشی تو اهواز همین الان ریخت پایین، مردم داخلن، امدادگرا دارن با دست می‌کنن',
        'نصف ساختمون قدیمی تو اهواز دیگه نیست، یه کپه آجر، آدما زیرش گیر افتادن',
      ],
      unrest: [
        'یگان ویژه به معترضا جلوی شهرداری اهواز هجوم برد، گاز اشک‌آور، مردم سنگ پرت می‌کنن',
        'صدها معترض خیابون اصلی اهواز رو بستن، پلیس با سپر، بطری پرت میشه',
      ],
    },
    non: {
      attack: ['هفته پیشگیری از حمله قلبی: فشار خون رایگان در داروخانه ما در اهواز، همین حالا نوبت بگیرید!'],
      explosion: ['انفجار طعم!! برگر جدید ما رو در شعبه اهواز امتحان کنید، فقط امروز ۲۰٪ تخفیف'],
      fire: ['پنج سال پیش در چنین روزی آتش‌سوزی بازار اهواز، هرگز فراموش نمی‌کنیم'],
      earthquake: ['راسته دیشب تو اهواز زلزله اومده؟ یه چیزی تو اخبار دیدم'],
      storm: ['طوفان تشویق در کنسرت دیشب اهواز، از همه ممنونیم'],
      flood: ['سیل سال ۹۸ اهواز یادتونه؟ شهر هیچ‌وقت کامل سرپا نشد'],
      crash: ['بیمه بدنه در اهواز: اگه تصادف کنید همه چیز رو پوشش میدیم، همین حالا استعلام بگیرید'],
      collapse: ['خبر فروپاشی زنجیره نانوایی‌های اهواز رو خوندید؟ خیلی غم‌انگیزه'],
      unrest: ['کسی اخبار اغتشاشات پایتخت رو دنبال می‌کنه؟ از کجا شروع شد؟'],
    },
  },
  hi: {
    city: 'Nagpur',
    country: 'IN',
    reports: {
      attack: ['नागपुर में बस में एक आदमी चाकू लेकर लोगों पर हमला कर रहा है, दो लोग खून से लथपथ, पुलिस अभी पहुंची है'],
      explosion: ['नागपुर में हमारी गली में गैस धमाके से एक दुकान का पूरा अगला हिस्सा उड़ गया, फुटपाथ पर हर तरफ कांच'],
      fire: [
        'नागपुर में औद्योगिक इलाके का पूरा गोदाम धू-धू कर जल रहा है, लपटें किलोमीटरों दूर से दिख रही हैं',
        'नागपुर में हमारे सामने वाले फ्लैटों से धुआं निकल रहा है, लोग खिड़कियों से चिल्ला रहे हैं',
      ],
      earthquake: ['नागपुर में पूरी बिल्डिंग करीब दस सेकंड तक झूलती रही, दीवार से फोटो फ्रेम गिर गए, क्या ये भूकंप था??'],
      storm: [
        'नागपुर में छतों की टीन की चादरें सड़क पर उड़ रही हैं, हवा के झोंके पागलपन वाले हैं और बिजली चली गई',
        'बवंडर!! अभी नागपुर के ठीक बाहर उसकी कीप को जमीन छूते देखा, झोपड़ियां और बाड़ उड़ गईं',
      ],
      flood: [
        'नागपुर में तहखाने में पानी घुस रहा है, टखनों तक आ गया है और अभी भी बढ़ रहा है!!',
        'नागपुर में नाला दीवार के ऊपर से बह निकला, घर के सामने की सड़क तेज धारा बन गई है, गाड़ियां बह रही हैं',
      ],
      crash: [
        'नागपुर में चौराहे पर अभी एक कार पलट गई, ड्राइवर अंदर फंसा है, लोग उसे निकालने की कोशिश कर रहे हैं',
        'नागपुर में रिंग रोड पर टायरों की चीख और फिर जोरदार आवाज, एक वैन सीधी बस स्टॉप में घुस गई',
      ],
      collapse: [
        'नागपुर में स्पोर्ट्स हॉल की छत अभी धंस गई, अंदर लोग हैं, बचावकर्मी हाथों से खुदाई कर रहे हैं',
        'नागपुर में पुरानी इमारत का आधा हिस्सा गायब है, ईंटों का ढेर, नीचे लोग दबे हैं',
      ],
      unrest: [
        'नागपुर में नगर निगम के बाहर दंगा पुलिस ने प्रदर्शनकारियों पर लाठीचार्ज किया, आंसू गैस, लोग पत्थर फेंक रहे हैं',
        'नागपुर में सैकड़ों प्रदर्शनकारियों ने मुख्य सड़क जाम कर दी, ढाल लिए पुलिस, बोतलें उड़ रही हैं',
      ],
    },
    non: {
      attack: ['हार्ट अटैक जागरूकता सप्ताह: नागपुर में हमारी फार्मेसी में मुफ्त बीपी जांच, अभी बुक करें!'],
      explosion: ['स्वाद का धमाका!! नागपुर आउटलेट पर हमारा नया बर्गर आज़माएं, सिर्फ आज 20% छूट'],
      fire: ['आज ही के दिन पांच साल पहले नागपुर के बाजार में आग लगी थी, हम कभी नहीं भूलेंगे'],
      earthquake: ['क्या सच में कल रात नागपुर में भूकंप आया था? खबरों में कुछ देखा'],
      storm: ['कल रात नागपुर के कॉन्सर्ट में तालियों का तूफान, सबका धन्यवाद'],
      flood: ['2015 की नागपुर की बाढ़ याद है? शहर कभी पूरी तरह उबर नहीं पाया'],
      crash: ['नागपुर में कार बीमा: दुर्घटना होने पर सब कुछ कवर, अभी कोटेशन लें'],
      collapse: ['नागपुर की बेकरी चेन के ढहने के बारे में पढ़ा? बहुत दुखद'],
      unrest: ['कोई राजधानी में हुए दंगों की खबरें देख रहा है? शुरू कैसे हुआ?'],
    },
  },
  ja: {
    city: 'Sapporo',
    country: 'JP',
    reports: {
      attack: ['札幌のバスで刃物を持った男が乗客に襲いかかってる、2人血を流してる、警察今着いた'],
      explosion: ['札幌のうちの通りでガス爆発、店の正面が吹き飛んだ、歩道がガラスだらけ'],
      fire: [
        '札幌の港の倉庫が丸ごと炎に包まれてる、遠くからでも空が赤く見える',
        '札幌の向かいのマンションから煙がもくもく出てる、窓から人が叫んでる',
      ],
      earthquake: ['札幌、建物全体が10秒くらいゆらゆらしてた、壁の額縁が落ちた、今の地震？？'],
      storm: [
        '札幌で屋根のトタンが道路を飛んでる、突風がやばいし停電した',
        '竜巻!! 札幌のすぐ外で漏斗雲が地面に着くのを今見た、小屋もフェンスもなくなった',
      ],
      flood: [
        '札幌で地下室に水が入ってきてる、もう足首まで来ててまだ上がってる!!',
        '札幌で川が塀を越えてあふれた、家の前の道が濁流になって車が流されてる',
      ],
      crash: [
        '札幌のロータリーで車が今ひっくり返った、運転手が閉じ込められてて、みんなで助け出そうとしてる',
        '札幌の環状線でタイヤのキーッて音のあとにドーンってすごい音、ワゴン車がバス停に突っ込んだ',
      ],
      collapse: [
        '札幌の体育館の屋根がたった今抜け落ちた、中に人がいる、救助隊が素手で掘ってる',
        '札幌の古いアパートが半分なくなってる、レンガの山、下に人が埋まってる',
      ],
      unrest: [
        '札幌の市役所前で機動隊がデモ隊に突入、催涙ガス、みんな石を投げてる',
        '札幌で数百人のデモ隊が大通りを封鎖、盾を持った警官、瓶が飛び交ってる',
      ],
    },
    non: {
      attack: ['心臓発作予防週間：札幌の当薬局で血圧測定無料、今すぐご予約を!'],
      explosion: ['旨さ大爆発!! 札幌店で新作バーガーをどうぞ、本日限り20%オフ'],
      fire: ['5年前の今日、札幌の市場の火事、絶対に忘れない'],
      earthquake: ['昨夜札幌で地震があったって本当？ニュースで何か見た'],
      storm: ['昨夜の札幌のコンサート、拍手の嵐でした、みなさんありがとう'],
      flood: ['2015年の札幌の洪水覚えてる？街は完全には立ち直れなかった'],
      crash: ['札幌の自動車保険：事故の時も全部補償、今すぐ見積もりを'],
      collapse: ['札幌のパン屋チェーン崩壊のニュース読んだ？悲しい'],
      unrest: ['首都の暴動のニュース追ってる人いる？何がきっかけ？'],
    },
  },
  zh: {
    city: 'Qingdao',
    country: 'CN',
    reports: {
      attack: ['青岛公交车上有个男的拿刀砍人，两个人在流血，警察刚到'],
      explosion: ['青岛我们这条街煤气爆炸，一家店的门面整个被炸飞，人行道上全是玻璃'],
      fire: ['青岛港边上整个仓库都被大火吞没了，几公里外都能看到火光', '青岛我们对面的楼在往外冒烟，有人在窗口喊救命'],
      earthquake: ['青岛整栋楼晃了大概十秒，墙上的相框都掉了，是地震吗？？'],
      storm: ['青岛街上屋顶铁皮满天飞，阵风太猛了，还停电了', '龙卷风!! 刚看到漏斗云在青岛城外落地，棚子和围栏全没了'],
      flood: ['青岛地下室进水了，已经没过脚踝还在涨!!', '青岛河水漫过了围墙，家门口的路成了急流，车都被冲走了'],
      crash: [
        '青岛环岛刚有辆车翻了，司机被困，大家在帮忙把他拉出来',
        '青岛环城路上先是刺耳的刹车声然后砰的一声巨响，一辆面包车直接冲进了公交站',
      ],
      collapse: ['青岛体育馆的屋顶刚塌了，里面有人，救援人员在徒手挖', '青岛那栋老楼一半没了，一堆砖头，下面埋着人'],
      unrest: [
        '青岛市政府门口防暴警察冲向抗议人群，催泪瓦斯，有人在扔石头',
        '青岛几百名抗议者堵住了主干道，警察拿着盾牌，瓶子乱飞',
      ],
    },
    non: {
      attack: ['预防心脏病发作周：青岛本药店免费量血压，马上预约!'],
      explosion: ['味蕾大爆炸!! 来青岛店尝尝新汉堡，仅限今天八折'],
      fire: ['五年前的今天青岛市场大火，永远不会忘记'],
      earthquake: ['听说昨晚青岛地震了是真的吗？新闻里看到点什么'],
      storm: ['昨晚青岛演唱会掌声如暴风雨，谢谢大家'],
      flood: ['还记得2015年青岛的洪水吗？这座城市一直没完全恢复'],
      crash: ['青岛车险：出车祸全包赔，马上询价'],
      collapse: ['看到青岛那家面包连锁店崩盘的新闻了吗？好难过'],
      unrest: ['有人在关注首都骚乱的新闻吗？起因是什么？'],
    },
  },
  ko: {
    city: 'Changwon',
    country: 'KR',
    reports: {
      attack: ['창원 버스 안에서 칼 든 남자가 사람들을 공격하고 있어요, 두 명 피 흘리고 있고 경찰 방금 도착'],
      explosion: ['창원 우리 동네 골목에서 가스 폭발로 가게 앞면이 통째로 날아갔어요, 인도에 유리 파편 천지'],
      fire: [
        '창원 산단 창고 전체가 화염에 휩싸였어요, 몇 킬로 밖에서도 불빛이 보여요',
        '창원 우리 맞은편 아파트에서 연기가 뿜어져 나와요, 사람들이 창문에서 소리 질러요',
      ],
      earthquake: ['창원 건물 전체가 10초 정도 흔들흔들했어요, 벽에서 액자가 떨어졌어요, 지진인가요??'],
      storm: [
        '창원 거리에 지붕 철판이 날아다녀요, 돌풍이 미쳤고 정전됐어요',
        '토네이도!! 방금 창원 바로 외곽에서 깔때기 구름이 땅에 닿는 거 봤어요, 창고랑 울타리 다 날아감',
      ],
      flood: [
        '창원 지하실에 물이 들어오고 있어요, 벌써 발목까지 찼고 계속 차올라요!!',
        '창원 하천이 담장을 넘어 넘쳤어요, 집 앞 도로가 급류가 됐고 차들이 떠내려가요',
      ],
      crash: [
        '창원 로터리에서 방금 차가 뒤집혔어요, 운전자가 갇혀 있고 사람들이 꺼내려고 해요',
        '창원 순환도로에서 끼익 소리 나고 쾅 하는 엄청난 소리, 승합차가 버스 정류장으로 그대로 돌진했어요',
      ],
      collapse: [
        '창원 체육관 지붕이 방금 내려앉았어요, 안에 사람들 있어요, 구조대가 맨손으로 파고 있어요',
        '창원 오래된 건물 절반이 그냥 사라졌어요, 벽돌 더미, 밑에 사람들이 깔렸어요',
      ],
      unrest: [
        '창원 시청 앞에서 기동대가 시위대를 향해 돌진, 최루가스, 사람들이 돌 던지고 있어요',
        '창원 시위대 수백 명이 중앙대로를 막았어요, 방패 든 경찰, 병이 날아다녀요',
      ],
    },
    non: {
      attack: ['심장마비 예방 주간: 창원 저희 약국에서 혈압 무료 측정, 지금 예약하세요!'],
      explosion: ['맛의 폭발!! 창원점에서 신메뉴 버거 드셔보세요, 오늘만 20% 할인'],
      fire: ['5년 전 오늘 창원 시장 화재, 절대 잊지 않을게요'],
      earthquake: ['어젯밤 창원에 지진 났다는 거 진짜예요? 뉴스에서 뭐 봤는데'],
      storm: ['어젯밤 창원 콘서트 박수 폭풍, 모두 감사합니다'],
      flood: ['2015년 창원 홍수 기억나요? 도시가 완전히 회복은 못 했죠'],
      crash: ['창원 자동차보험: 사고 나도 전부 보상, 지금 견적 받아보세요'],
      collapse: ['창원 빵집 체인 붕괴 소식 읽었어요? 너무 슬퍼요'],
      unrest: ['수도 폭동 뉴스 보는 사람 있어요? 왜 시작된 거예요?'],
    },
  },
  he: {
    city: 'Ashkelon',
    country: 'IL',
    reports: {
      attack: ['גבר עם סכין תוקף אנשים באוטובוס באשקלון, שניים מדממים, המשטרה בדיוק הגיעה'],
      explosion: ['פיצוץ גז עכשיו העיף את החזית של חנות ברחוב שלנו באשקלון, זכוכיות על כל המדרכה'],
      fire: [
        'כל המחסן באזור התעשייה באשקלון אחוז בלהבות, רואים את הזוהר מקילומטרים',
        'עשן יוצא מהדירות ממול באשקלון, אנשים צועקים מהחלונות',
      ],
      earthquake: ['כל הבניין התנדנד בערך עשר שניות פה באשקלון, תמונות נפלו מהקיר, זו הייתה רעידת אדמה??'],
      storm: [
        'פחים מהגגות עפים ברחוב באשקלון, המשבים מטורפים ואין חשמל',
        'טורנדו!! עכשיו ראיתי את המשפך נוגע בקרקע ממש מחוץ לאשקלון, מחסנים וגדרות נעלמו',
      ],
      flood: [
        'מים נכנסים למרתף באשקלון, כבר עד הקרסוליים ועדיין עולים!!',
        'הנחל עלה מעל החומה באשקלון, הרחוב מול הבית הפך לזרם שוצף, מכוניות נסחפות',
      ],
      crash: [
        'רכב התהפך עכשיו בכיכר באשקלון, הנהג לכוד, אנשים מנסים לחלץ אותו',
        'חריקת בלמים ואז חבטה חזקה בכביש הטבעתי באשקלון, מסחרית נכנסה ישר בתחנת האוטובוס',
      ],
      collapse: [
        'הגג של אולם הספורט באשקלון קרס עכשיו עם אנשים בפנים, כוחות ההצלה חופרים בידיים',
        'חצי מהבניין הישן באשקלון פשוט נעלם, ערימת לבנים, אנשים לכודים מתחת',
      ],
      unrest: [
        'היס"מ מסתער על המפגינים מול העירייה באשקלון, גז מדמיע, אנשים זורקים אבנים',
        'מאות מפגינים חוסמים את הכביש הראשי באשקלון, שוטרים עם מגנים, בקבוקים עפים',
      ],
    },
    non: {
      attack: ['שבוע המודעות להתקף לב: בדיקת לחץ דם חינם בבית המרקחת שלנו באשקלון, קבעו תור עכשיו!'],
      explosion: ['פיצוץ של טעמים!! נסו את ההמבורגר החדש שלנו בסניף אשקלון, 20% הנחה רק היום'],
      fire: ['היום לפני חמש שנים השריפה בשוק של אשקלון, לעולם לא נשכח'],
      earthquake: ['זה נכון שהייתה רעידת אדמה באשקלון אתמול בלילה? ראיתי משהו בחדשות'],
      storm: ['סערת מחיאות כפיים בהופעה אתמול באשקלון, תודה לכולם'],
      flood: ['זוכרים את ההצפות של 2015 באשקלון? העיר אף פעם לא באמת התאוששה'],
      crash: ['ביטוח רכב באשקלון: בתאונה אנחנו מכסים הכל, קבלו הצעת מחיר עכשיו'],
      collapse: ['קראתם על קריסת רשת המאפיות של אשקלון? עצוב'],
      unrest: ['מישהו עוקב אחרי החדשות על המהומות בבירה? מה התחיל את זה?'],
    },
  },
  ur: {
    city: 'Sialkot',
    country: 'PK',
    reports: {
      attack: [
        'سیالکوٹ میں بس میں ایک آدمی چاقو لے کر لوگوں پر حملہ کر رہا ہے، دو لوگ لہولہان ہیں، پولیس ابھی پہنچی ہے',
      ],
      explosion: ['سیالکوٹ میں ہماری گلی میں گیس دھماکے سے ایک دکان کا اگلا حصہ اڑ گیا، فٹ پاتھ پر ہر طرف شیشہ'],
      fire: [
        'سیالکوٹ میں صنعتی علاقے کا پورا گودام شعلوں کی لپیٹ میں ہے، روشنی کلومیٹروں دور سے نظر آ رہی ہے',
        'سیالکوٹ میں ہمارے سامنے والے فلیٹوں سے دھواں نکل رہا ہے، لوگ کھڑکیوں سے چیخ رہے ہیں',
      ],
      earthquake: [
        'سیالکوٹ میں پوری عمارت تقریباً دس سیکنڈ تک جھولتی رہی، دیوار سے تصویریں گر گئیں، کیا یہ زلزلہ تھا؟؟',
      ],
      storm: [
        'سیالکوٹ میں چھتوں کی چادریں سڑک پر اڑ رہی ہیں، تیز جھکڑ چل رہے ہیں اور بجلی چلی گئی',
        'بگولا!! ابھی سیالکوٹ کے بالکل باہر اس کی قیف کو زمین چھوتے دیکھا، جھونپڑیاں اور باڑیں اڑ گئیں',
      ],
      flood: [
        'سیالکوٹ میں تہہ خانے میں پانی گھس رہا ہے، ٹخنوں تک آ گیا ہے اور ابھی بڑھ رہا ہے!!',
        'سیالکوٹ میں نالہ دیوار کے اوپر سے بہہ نکلا، گھر کے سامنے سڑک تیز ریلا بن گئی ہے، گاڑیاں بہہ رہی ہیں',
      ],
      crash: [
        'سیالکوٹ میں چوک پر ابھی ایک گاڑی الٹ گئی، ڈرائیور اندر پھنسا ہے، لوگ اسے نکالنے کی کوشش کر رہے ہیں',
        'سیالکوٹ میں رنگ روڈ پر ٹائروں کی چیخ اور پھر زوردار ٹکر کی آواز، ایک وین سیدھی بس اسٹاپ میں جا گھسی',
      ],
      collapse: [
        'سیالکوٹ میں اسپورٹس ہال کی چھت ابھی بیٹھ گئی، اندر لوگ ہیں، امدادی کارکن ہاتھوں سے کھدائی کر رہے ہیں',
        'سیالکوٹ میں پرانی عمارت کا آدھا حصہ غائب ہے، اینٹوں کا ڈھیر، نیچے لوگ دبے ہیں',
      ],
      unrest: [
        'سیالکوٹ میں میونسپل دفتر کے باہر پولیس نے مظاہرین پر لاٹھی چارج کیا، آنسو گیس، لوگ پتھر پھینک رہے ہیں',
        'سیالکوٹ میں سینکڑوں مظاہرین نے مرکزی سڑک بند کر دی، ڈھالوں والی پولیس، بوتلیں اڑ رہی ہیں',
      ],
    },
    non: {
      attack: ['ہارٹ اٹیک آگاہی ہفتہ: سیالکوٹ میں ہماری فارمیسی پر بلڈ پریشر مفت چیک کروائیں، ابھی بک کریں!'],
      explosion: ['ذائقے کا دھماکہ!! سیالکوٹ برانچ پر ہمارا نیا برگر آزمائیں، صرف آج 20% رعایت'],
      fire: ['آج سے پانچ سال پہلے سیالکوٹ کے بازار میں آگ لگی تھی، ہم کبھی نہیں بھولیں گے'],
      earthquake: ['کیا واقعی کل رات سیالکوٹ میں زلزلہ آیا تھا؟ خبروں میں کچھ دیکھا'],
      storm: ['کل رات سیالکوٹ کے کنسرٹ میں تالیوں کا طوفان، سب کا شکریہ'],
      flood: ['2015 کا سیالکوٹ کا سیلاب یاد ہے؟ شہر کبھی پوری طرح سنبھل نہیں سکا'],
      crash: ['سیالکوٹ میں کار انشورنس: حادثے کی صورت میں سب کچھ کور، ابھی قیمت معلوم کریں'],
      collapse: ['سیالکوٹ کی بیکری چین کے زوال کی خبر پڑھی؟ بہت افسوس ہوا'],
      unrest: ['کوئی دارالحکومت میں ہنگاموں کی خبریں دیکھ رہا ہے؟ شروع کیسے ہوا؟'],
    },
  },
  bn: {
    city: 'Mymensingh',
    country: 'BD',
    reports: {
      attack: ['ময়মনসিংহে বাসে এক লোক ছুরি নিয়ে মানুষের ওপর হামলা করছে, দুজন রক্তাক্ত, পুলিশ এইমাত্র এল'],
      explosion: ['ময়মনসিংহে আমাদের গলিতে গ্যাস বিস্ফোরণে একটা দোকানের সামনের অংশ উড়ে গেছে, ফুটপাতজুড়ে কাচ'],
      fire: [
        'ময়মনসিংহে পুরো গুদামটা দাউদাউ করে জ্বলছে, অনেক দূর থেকে আলো দেখা যাচ্ছে',
        'ময়মনসিংহে আমাদের উল্টো দিকের ফ্ল্যাট থেকে ধোঁয়া বের হচ্ছে, মানুষ জানালা থেকে চিৎকার করছে',
      ],
      earthquake: ['ময়মনসিংহে পুরো বিল্ডিং প্রায় দশ সেকেন্ড ধরে দুলছিল, দেয়াল থেকে ছবির ফ্রেম পড়ে গেছে, এটা কি ভূমিকম্প ছিল??'],
      storm: [
        'ময়মনসিংহে রাস্তায় চালের টিন উড়ছে, দমকা হাওয়া ভয়ংকর আর বিদ্যুৎ চলে গেছে',
        'টর্নেডো!! এইমাত্র ময়মনসিংহের ঠিক বাইরে ফানেলটা মাটি ছুঁতে দেখলাম, ঘর আর বেড়া উড়ে গেছে',
      ],
      flood: [
        'ময়মনসিংহে বেসমেন্টে পানি ঢুকছে, গোড়ালি পর্যন্ত চলে এসেছে আর এখনও বাড়ছে!!',
        'ময়মনসিংহে নদীর পানি দেয়াল টপকে উপচে পড়েছে, বাড়ির সামনের রাস্তায় প্রবল স্রোত, গাড়ি ভেসে যাচ্ছে',
      ],
      crash: [
        'ময়মনসিংহে মোড়ে এইমাত্র একটা গাড়ি উল্টে গেছে, চালক আটকে আছে, লোকজন তাকে বের করার চেষ্টা করছে',
        'ময়মনসিংহে বাইপাসে টায়ারের কর্কশ শব্দ তারপর জোরে ধাক্কার আওয়াজ, একটা মাইক্রোবাস সোজা বাসস্ট্যান্ডে ঢুকে গেছে',
      ],
      collapse: [
        'ময়মনসিংহে জিমনেসিয়ামের ছাদ এইমাত্র ধসে পড়েছে, ভেতরে মানুষ, উদ্ধারকর্মীরা খালি হাতে খুঁড়ছে',
        'ময়মনসিংহে পুরনো ভবনের অর্ধেকটা আর নেই, ইটের স্তূপ, নিচে মানুষ চাপা পড়েছে',
      ],
      unrest: [
        'ময়মনসিংহে পৌরসভার সামনে দাঙ্গা পুলিশ বিক্ষোভকারীদের ওপর চড়াও, কাঁদানে গ্যাস, লোকজন ইট-পাটকেল ছুড়ছে',
        'ময়মনসিংহে শত শত বিক্ষোভকারী প্রধান সড়ক অবরোধ করেছে, ঢাল হাতে পুলিশ, বোতল উড়ছে',
      ],
    },
    non: {
      attack: ['হার্ট অ্যাটাক সচেতনতা সপ্তাহ: ময়মনসিংহে আমাদের ফার্মেসিতে বিনামূল্যে রক্তচাপ মাপুন, এখনই বুক করুন!'],
      explosion: ['স্বাদের বিস্ফোরণ!! ময়মনসিংহ শাখায় আমাদের নতুন বার্গার খেয়ে দেখুন, শুধু আজ ২০% ছাড়'],
      fire: ['পাঁচ বছর আগে আজকের দিনে ময়মনসিংহের বাজারে আগুন, কখনও ভুলব না'],
      earthquake: ['কাল রাতে ময়মনসিংহে কি সত্যিই ভূমিকম্প হয়েছিল? খবরে কিছু একটা দেখলাম'],
      storm: ['কাল রাতে ময়মনসিংহের কনসার্টে করতালির ঝড়, সবাইকে ধন্যবাদ'],
      flood: ['২০১৫ সালের ময়মনসিংহের বন্যার কথা মনে আছে? শহরটা আর পুরোপুরি সামলে উঠতে পারেনি'],
      crash: ['ময়মনসিংহে গাড়ির বিমা: দুর্ঘটনা হলে সব খরচ আমাদের, এখনই কোটেশন নিন'],
      collapse: ['ময়মনসিংহের বেকারি চেইনের ধসের খবর পড়েছেন? খুব দুঃখজনক'],
      unrest: ['কেউ রাজধানীর দাঙ্গার খবর দেখছেন? কীভাবে শুরু হলো?'],
    },
  },
} as const satisfies Record<string, HeldOutReportsH>;

/**
 * Half F of the first-report parity kit (tools/data/first-reports.ts), held
 * out: written on branch parity5 before any fix of that branch and measured
 * once at its end. Per language, three earthquake reports told by what
 * people felt and saw (everything shaking, woken up at night, things fallen
 * off the shelves, walls that moved; one with a magnitude), two fire reports
 * told by a verb (caught fire with the smoke seen across the city; went up
 * in flames with victims), one report for each of the seven other categories
 * in wording unlike A-E (hostages taken, a gas tank that exploded, a twister,
 * streets turned into rivers, a head-on collision, a building that crumbled,
 * water cannon), and one non-report per category (a drill or exercise, a
 * figurative use, a forecast, an opinion, old news). New sentences, new
 * cities; no post of any corpus.
 */
import type { EventCategory } from '../../functions/domain/detector/seeds';

export interface HeldOutReportsF {
  city: string;
  country: string;
  reports: Record<Exclude<EventCategory, 'earthquake' | 'fire'>, readonly [string]> & {
    earthquake: readonly [string, string, string];
    fire: readonly [string, string];
  };
  non: Record<EventCategory, readonly [string]>;
}

export const FIRST_REPORTS_F = {
  en: {
    city: 'Nottingham',
    country: 'GB',
    reports: {
      attack: ['Armed men stormed a hotel in Nottingham and took hostages, gunfire can be heard'],
      explosion: ['A gas tank exploded at a petrol station in Nottingham, we felt the blast wave two streets away'],
      fire: [
        'The old textile factory in Nottingham caught fire, you can see the smoke from across the city',
        'The night market in Nottingham went up in flames, two people dead and many injured',
      ],
      earthquake: [
        'Everything is shaking here in Nottingham, we felt it really strongly and the whole family ran outside',
        'A strong quake woke us all up in Nottingham at 3 am, books and glasses fell off the shelves',
        'Magnitude 5.8 earthquake, the walls of our flat in Nottingham moved for half a minute',
      ],
      storm: ['A twister tore through the outskirts of Nottingham, sheds and fences flying through the air'],
      flood: ['Heavy rain turned the streets of Nottingham into rivers, cars swept away by the current'],
      crash: ['Two trains collided head-on near Nottingham, rescuers pulling people out of the carriages'],
      collapse: [
        'An old five-storey building in Nottingham crumbled this morning, rescuers searching the rubble for survivors',
      ],
      unrest: [
        'Thousands of demonstrators blocked the main square in Nottingham, police using water cannon and batons',
      ],
    },
    non: {
      attack: ['Police will hold a terror attack drill at Nottingham station on Thursday'],
      explosion: ['The sky over Nottingham will explode with colour at the fireworks show tonight'],
      fire: ['Twenty years ago today a great fire destroyed the old market of Nottingham'],
      earthquake: ['Scientists say a strong earthquake could hit Nottingham in the next fifty years'],
      storm: ['Emergency services in Nottingham are running a storm exercise on Saturday'],
      flood: ['A flood of complaints reached Nottingham city hall after the new parking fees'],
      crash: ['Five years ago a plane crashed near Nottingham; a memorial was unveiled today'],
      collapse: ['I think the old bridge in Nottingham will collapse one day if nobody repairs it'],
      unrest: ['Police in Nottingham trained yesterday for handling riots at the stadium'],
    },
  },
  de: {
    city: 'Hannover',
    country: 'DE',
    reports: {
      attack: ['Bewaffnete Männer haben ein Hotel in Hannover gestürmt und Geiseln genommen, man hört Schüsse'],
      explosion: [
        'An einer Tankstelle in Hannover ist ein Gastank explodiert, wir haben die Druckwelle zwei Straßen weiter gespürt',
      ],
      fire: [
        'Die alte Textilfabrik in Hannover ist in Brand geraten, den Rauch sieht man in der ganzen Stadt',
        'Der Nachtmarkt in Hannover ist in Flammen aufgegangen, zwei Tote und viele Verletzte',
      ],
      earthquake: [
        'Hier in Hannover wackelt alles, wir haben es richtig stark gespürt und die ganze Familie ist nach draußen gerannt',
        'Ein starkes Beben hat uns in Hannover um 3 Uhr nachts alle geweckt, Bücher und Gläser sind aus den Regalen gefallen',
        'Erdbeben der Stärke 5,8, die Wände unserer Wohnung in Hannover haben sich eine halbe Minute lang bewegt',
      ],
      storm: [
        'Eine Windhose ist über den Stadtrand von Hannover gezogen, Gartenhütten und Zäune fliegen durch die Luft',
      ],
      flood: [
        'Starkregen hat die Straßen von Hannover in Flüsse verwandelt, Autos wurden von der Strömung mitgerissen',
      ],
      crash: ['Zwei Züge sind bei Hannover frontal zusammengestoßen, Retter ziehen Menschen aus den Waggons'],
      collapse: [
        'Ein altes fünfstöckiges Haus in Hannover ist heute Morgen in sich zusammengefallen, Retter suchen in den Trümmern nach Überlebenden',
      ],
      unrest: [
        'Tausende Demonstranten blockieren den Hauptplatz in Hannover, die Polizei setzt Wasserwerfer und Schlagstöcke ein',
      ],
    },
    non: {
      attack: ['Die Polizei übt am Donnerstag am Hauptbahnhof Hannover einen Terroranschlag'],
      explosion: ['Beim Feuerwerk heute Abend wird der Himmel über Hannover vor Farben explodieren'],
      fire: ['Heute vor zwanzig Jahren hat ein Großbrand den alten Markt von Hannover zerstört'],
      earthquake: ['Forscher sagen, ein starkes Erdbeben könnte Hannover in den nächsten fünfzig Jahren treffen'],
      storm: ['Der Katastrophenschutz in Hannover probt am Samstag den Ernstfall bei einem Sturm'],
      flood: ['Nach den neuen Parkgebühren ist eine Flut von Beschwerden im Rathaus von Hannover eingegangen'],
      crash: ['Vor fünf Jahren ist bei Hannover ein Flugzeug abgestürzt, heute wurde ein Denkmal enthüllt'],
      collapse: ['Ich glaube, die alte Brücke in Hannover wird eines Tages einstürzen, wenn niemand sie repariert'],
      unrest: ['Die Polizei in Hannover hat gestern den Umgang mit Krawallen im Stadion geübt'],
    },
  },
  fr: {
    city: 'Toulouse',
    country: 'FR',
    reports: {
      attack: ["Des hommes armés ont pris d'assaut un hôtel à Toulouse et pris des otages, on entend des coups de feu"],
      explosion: [
        "Une citerne de gaz a explosé dans une station-service à Toulouse, on a senti l'onde de choc deux rues plus loin",
      ],
      fire: [
        'La vieille usine textile de Toulouse a pris feu, on voit la fumée depuis toute la ville',
        'Le marché de nuit de Toulouse est parti en flammes, deux morts et de nombreux blessés',
      ],
      earthquake: [
        "Tout tremble ici à Toulouse, on l'a senti très fort et toute la famille est sortie en courant",
        'Un fort séisme nous a tous réveillés à Toulouse à 3 h du matin, des livres et des verres sont tombés des étagères',
        'Séisme de magnitude 5,8, les murs de notre appartement à Toulouse ont bougé pendant une demi-minute',
      ],
      storm: ['Une trombe a traversé la périphérie de Toulouse, des cabanons et des clôtures volent dans les airs'],
      flood: [
        'Les pluies torrentielles ont transformé les rues de Toulouse en rivières, des voitures emportées par le courant',
      ],
      crash: [
        'Deux trains sont entrés en collision frontale près de Toulouse, les secours sortent les gens des wagons',
      ],
      collapse: [
        "Un vieil immeuble de cinq étages s'est écroulé ce matin à Toulouse, les secours cherchent des survivants dans les décombres",
      ],
      unrest: [
        'Des milliers de manifestants bloquent la place principale de Toulouse, la police utilise des canons à eau et des matraques',
      ],
    },
    non: {
      attack: ["La police organise jeudi un exercice d'attentat terroriste à la gare de Toulouse"],
      explosion: ["Ce soir, le ciel de Toulouse va exploser de couleurs pendant le feu d'artifice"],
      fire: ['Il y a vingt ans jour pour jour, un grand incendie détruisait le vieux marché de Toulouse'],
      earthquake: [
        'Selon les scientifiques, un fort séisme pourrait frapper Toulouse dans les cinquante prochaines années',
      ],
      storm: ['La sécurité civile de Toulouse organise samedi un exercice de tempête'],
      flood: ['La mairie de Toulouse est inondée de plaintes après les nouveaux tarifs de stationnement'],
      crash: ["Il y a cinq ans un avion s'est écrasé près de Toulouse ; un mémorial a été inauguré aujourd'hui"],
      collapse: ["Je pense que le vieux pont de Toulouse va s'effondrer un jour si personne ne le répare"],
      unrest: ["Hier, la police de Toulouse s'est entraînée à gérer des émeutes au stade"],
    },
  },
  es: {
    city: 'Bilbao',
    country: 'ES',
    reports: {
      attack: ['Hombres armados han asaltado un hotel en Bilbao y han tomado rehenes, se oyen disparos'],
      explosion: [
        'Ha explotado un depósito de gas en una gasolinera de Bilbao, sentimos la onda expansiva a dos calles',
      ],
      fire: [
        'La vieja fábrica textil de Bilbao se ha incendiado, se ve el humo desde toda la ciudad',
        'El mercadillo nocturno de Bilbao ha sido pasto de las llamas, dos muertos y muchos heridos',
      ],
      earthquake: [
        'Aquí en Bilbao se mueve todo, lo hemos sentido muy fuerte y toda la familia ha salido corriendo a la calle',
        'Un fuerte terremoto nos ha despertado a todos en Bilbao a las 3 de la madrugada, se cayeron libros y vasos de las estanterías',
        'Terremoto de magnitud 5,8, las paredes de nuestro piso en Bilbao se movieron durante medio minuto',
      ],
      storm: ['Una manga de viento ha arrasado las afueras de Bilbao, casetas y vallas volando por los aires'],
      flood: ['La lluvia torrencial ha convertido las calles de Bilbao en ríos, coches arrastrados por la corriente'],
      crash: ['Dos trenes han chocado de frente cerca de Bilbao, los rescatistas sacan a la gente de los vagones'],
      collapse: [
        'Un viejo edificio de cinco plantas se ha venido abajo esta mañana en Bilbao, los equipos de rescate buscan supervivientes entre los escombros',
      ],
      unrest: ['Miles de manifestantes bloquean la plaza principal de Bilbao, la policía usa cañones de agua y porras'],
    },
    non: {
      attack: ['La policía hará el jueves un simulacro de atentado terrorista en la estación de Bilbao'],
      explosion: ['Esta noche el cielo de Bilbao explotará de colores con los fuegos artificiales'],
      fire: ['Hoy hace veinte años un gran incendio destruyó el viejo mercado de Bilbao'],
      earthquake: [
        'Los científicos dicen que un fuerte terremoto podría sacudir Bilbao en los próximos cincuenta años',
      ],
      storm: ['Protección Civil de Bilbao hará el sábado un simulacro de tormenta'],
      flood: ['Una avalancha de quejas ha inundado el ayuntamiento de Bilbao tras las nuevas tarifas de aparcamiento'],
      crash: ['Hace cinco años se estrelló un avión cerca de Bilbao; hoy se ha inaugurado un monumento'],
      collapse: ['Creo que el viejo puente de Bilbao se derrumbará un día si nadie lo arregla'],
      unrest: ['La policía de Bilbao practicó ayer cómo controlar disturbios en el estadio'],
    },
  },
  it: {
    city: 'Bari',
    country: 'IT',
    reports: {
      attack: [
        "Uomini armati hanno fatto irruzione in un hotel a Bari e preso ostaggi, si sentono colpi d'arma da fuoco",
      ],
      explosion: [
        "È esploso un serbatoio di gas in un distributore a Bari, abbiamo sentito l'onda d'urto a due strade di distanza",
      ],
      fire: [
        'La vecchia fabbrica tessile di Bari ha preso fuoco, il fumo si vede da tutta la città',
        'Il mercato notturno di Bari è andato in fiamme, due morti e molti feriti',
      ],
      earthquake: [
        "Qui a Bari trema tutto, l'abbiamo sentito fortissimo e tutta la famiglia è corsa fuori",
        'Una forte scossa ci ha svegliati tutti a Bari alle 3 di notte, libri e bicchieri caduti dagli scaffali',
        'Terremoto di magnitudo 5.8, le pareti del nostro appartamento a Bari si sono mosse per mezzo minuto',
      ],
      storm: ["Una tromba d'aria ha attraversato la periferia di Bari, casette e recinzioni volano per aria"],
      flood: ['La pioggia torrenziale ha trasformato le strade di Bari in fiumi, auto trascinate dalla corrente'],
      crash: [
        'Due treni si sono scontrati frontalmente vicino a Bari, i soccorritori tirano fuori la gente dalle carrozze',
      ],
      collapse: [
        'Una vecchia palazzina di cinque piani è venuta giù stamattina a Bari, i soccorritori cercano sopravvissuti tra le macerie',
      ],
      unrest: ['Migliaia di manifestanti bloccano la piazza principale di Bari, la polizia usa idranti e manganelli'],
    },
    non: {
      attack: ["Giovedì la polizia farà un'esercitazione antiterrorismo alla stazione di Bari"],
      explosion: ["Stasera il cielo di Bari esploderà di colori con i fuochi d'artificio"],
      fire: ["Vent'anni fa oggi un grande incendio distrusse il vecchio mercato di Bari"],
      earthquake: ["Secondo gli scienziati un forte terremoto potrebbe colpire Bari nei prossimi cinquant'anni"],
      storm: ["Sabato la protezione civile di Bari fa un'esercitazione per una tempesta"],
      flood: ['Il comune di Bari è stato inondato di reclami dopo le nuove tariffe dei parcheggi'],
      crash: ['Cinque anni fa un aereo precipitò vicino a Bari; oggi è stato inaugurato un monumento'],
      collapse: ['Secondo me il vecchio ponte di Bari un giorno crollerà se nessuno lo ripara'],
      unrest: ['Ieri la polizia di Bari si è addestrata a gestire disordini allo stadio'],
    },
  },
  pt: {
    city: 'Porto Alegre',
    country: 'BR',
    reports: {
      attack: ['Homens armados invadiram um hotel em Porto Alegre e fizeram reféns, dá para ouvir tiros'],
      explosion: [
        'Um tanque de gás explodiu num posto de gasolina em Porto Alegre, sentimos a onda de choque a duas ruas',
      ],
      fire: [
        'A antiga fábrica têxtil de Porto Alegre pegou fogo, dá para ver a fumaça de toda a cidade',
        'O mercado noturno de Porto Alegre foi consumido pelas chamas, dois mortos e muitos feridos',
      ],
      earthquake: [
        'Tudo está tremendo aqui em Porto Alegre, sentimos muito forte e a família toda saiu correndo para a rua',
        'Um terremoto forte acordou todo mundo em Porto Alegre às 3 da manhã, livros e copos caíram das prateleiras',
        'Terremoto de magnitude 5,8, as paredes do nosso apartamento em Porto Alegre se mexeram por meio minuto',
      ],
      storm: ['Um tornado varreu a periferia de Porto Alegre, casinhas e cercas voando pelos ares'],
      flood: ['A chuva forte transformou as ruas de Porto Alegre em rios, carros arrastados pela correnteza'],
      crash: ['Dois trens bateram de frente perto de Porto Alegre, os socorristas tiram as pessoas dos vagões'],
      collapse: [
        'Um prédio antigo de cinco andares veio abaixo hoje de manhã em Porto Alegre, os bombeiros procuram sobreviventes nos escombros',
      ],
      unrest: [
        "Milhares de manifestantes bloqueiam a praça principal de Porto Alegre, a polícia usa jatos d'água e cassetetes",
      ],
    },
    non: {
      attack: ['A polícia faz na quinta-feira um simulado de ataque terrorista na rodoviária de Porto Alegre'],
      explosion: ['Hoje à noite o céu de Porto Alegre vai explodir de cores com os fogos de artifício'],
      fire: ['Há vinte anos, um grande incêndio destruiu o antigo mercado de Porto Alegre'],
      earthquake: ['Cientistas dizem que um terremoto forte poderia atingir Porto Alegre nos próximos cinquenta anos'],
      storm: ['A Defesa Civil de Porto Alegre faz no sábado um simulado de tempestade'],
      flood: ['A prefeitura de Porto Alegre foi inundada de reclamações depois das novas tarifas de estacionamento'],
      crash: ['Há cinco anos um avião caiu perto de Porto Alegre; hoje foi inaugurado um memorial'],
      collapse: ['Acho que a velha ponte de Porto Alegre vai desabar um dia se ninguém consertar'],
      unrest: ['A polícia de Porto Alegre treinou ontem como controlar tumultos no estádio'],
    },
  },
  nl: {
    city: 'Tilburg',
    country: 'NL',
    reports: {
      attack: ['Gewapende mannen hebben een hotel in Tilburg bestormd en gijzelaars genomen, er wordt geschoten'],
      explosion: [
        'Bij een tankstation in Tilburg is een gastank ontploft, we voelden de drukgolf twee straten verderop',
      ],
      fire: [
        'De oude textielfabriek in Tilburg heeft vlam gevat, je ziet de rook in de hele stad',
        'De avondmarkt in Tilburg is in vlammen opgegaan, twee doden en veel gewonden',
      ],
      earthquake: [
        'Alles trilt hier in Tilburg, we voelden het heel sterk en het hele gezin rende naar buiten',
        "Een zware aardbeving heeft ons in Tilburg om 3 uur 's nachts allemaal gewekt, boeken en glazen vielen uit de kasten",
        'Aardbeving met een kracht van 5,8, de muren van ons appartement in Tilburg bewogen een halve minuut lang',
      ],
      storm: ['Een windhoos trok over de rand van Tilburg, schuurtjes en hekken vliegen door de lucht'],
      flood: ["Door de zware regen zijn de straten van Tilburg rivieren geworden, auto's meegesleurd door de stroming"],
      crash: ['Twee treinen zijn bij Tilburg frontaal op elkaar gebotst, hulpverleners halen mensen uit de wagons'],
      collapse: [
        'Een oud flatgebouw van vijf verdiepingen in Tilburg is vanochtend in elkaar gezakt, hulpdiensten zoeken in het puin naar overlevenden',
      ],
      unrest: [
        'Duizenden demonstranten blokkeren het centrale plein in Tilburg, de politie zet waterkanonnen en wapenstokken in',
      ],
    },
    non: {
      attack: ['De politie houdt donderdag een oefening terreuraanslag op het station van Tilburg'],
      explosion: ['Vanavond explodeert de lucht boven Tilburg van kleur bij het vuurwerk'],
      fire: ['Vandaag twintig jaar geleden verwoestte een grote brand de oude markt van Tilburg'],
      earthquake: ['Wetenschappers zeggen dat een zware aardbeving Tilburg in de komende vijftig jaar kan treffen'],
      storm: ['De hulpdiensten in Tilburg houden zaterdag een stormoefening'],
      flood: ['Het stadhuis van Tilburg wordt overspoeld met klachten na de nieuwe parkeertarieven'],
      crash: ['Vijf jaar geleden stortte bij Tilburg een vliegtuig neer; vandaag werd een monument onthuld'],
      collapse: ['Ik denk dat de oude brug in Tilburg ooit instort als niemand hem repareert'],
      unrest: ['De politie in Tilburg heeft gisteren geoefend met het aanpakken van rellen in het stadion'],
    },
  },
  pl: {
    city: 'Poznań',
    country: 'PL',
    reports: {
      attack: ['Uzbrojeni mężczyźni wdarli się do hotelu w Poznaniu i wzięli zakładników, słychać strzały'],
      explosion: [
        'Na stacji benzynowej w Poznaniu wybuchł zbiornik z gazem, falę uderzeniową poczuliśmy dwie ulice dalej',
      ],
      fire: [
        'Stara fabryka tekstylna w Poznaniu zapaliła się, dym widać z całego miasta',
        'Nocny targ w Poznaniu stanął w płomieniach, dwie osoby nie żyją, wielu rannych',
      ],
      earthquake: [
        'Tu w Poznaniu wszystko się trzęsie, poczuliśmy to bardzo mocno i cała rodzina wybiegła na zewnątrz',
        'Silne trzęsienie ziemi obudziło nas wszystkich w Poznaniu o 3 w nocy, książki i szklanki pospadały z półek',
        'Trzęsienie ziemi o magnitudzie 5,8, ściany naszego mieszkania w Poznaniu ruszały się przez pół minuty',
      ],
      storm: ['Trąba powietrzna przeszła przez obrzeża Poznania, szopy i płoty latają w powietrzu'],
      flood: ['Ulewa zamieniła ulice Poznania w rzeki, samochody porwane przez nurt'],
      crash: ['Dwa pociągi zderzyły się czołowo pod Poznaniem, ratownicy wyciągają ludzi z wagonów'],
      collapse: ['Stary pięciopiętrowy budynek w Poznaniu runął dziś rano, ratownicy szukają ocalałych w gruzach'],
      unrest: ['Tysiące demonstrantów blokują główny plac w Poznaniu, policja używa armatek wodnych i pałek'],
    },
    non: {
      attack: ['Policja przeprowadzi w czwartek ćwiczenia na wypadek zamachu terrorystycznego na dworcu w Poznaniu'],
      explosion: ['Dziś wieczorem niebo nad Poznaniem eksploduje kolorami podczas pokazu fajerwerków'],
      fire: ['Dokładnie dwadzieścia lat temu wielki pożar zniszczył stary targ w Poznaniu'],
      earthquake: [
        'Naukowcy mówią, że silne trzęsienie ziemi może nawiedzić Poznań w ciągu najbliższych pięćdziesięciu lat',
      ],
      storm: ['Służby w Poznaniu przeprowadzą w sobotę ćwiczenia na wypadek burzy'],
      flood: ['Po nowych opłatach za parkowanie urząd miasta w Poznaniu zalała fala skarg'],
      crash: ['Pięć lat temu pod Poznaniem rozbił się samolot; dziś odsłonięto pomnik'],
      collapse: ['Myślę, że stary most w Poznaniu kiedyś się zawali, jeśli nikt go nie naprawi'],
      unrest: ['Policja w Poznaniu ćwiczyła wczoraj opanowywanie zamieszek na stadionie'],
    },
  },
  ru: {
    city: 'Omsk',
    country: 'RU',
    reports: {
      attack: ['Вооружённые люди захватили гостиницу в Омске и взяли заложников, слышна стрельба'],
      explosion: ['На заправке в Омске взорвалась газовая цистерна, ударную волну мы почувствовали за две улицы'],
      fire: [
        'Старая текстильная фабрика в Омске загорелась, дым видно со всего города',
        'Ночной рынок в Омске вспыхнул как факел, двое погибших и много раненых',
      ],
      earthquake: [
        'Здесь в Омске всё трясётся, мы очень сильно почувствовали, вся семья выбежала на улицу',
        'Сильное землетрясение разбудило нас всех в Омске в 3 часа ночи, книги и стаканы попадали с полок',
        'Землетрясение магнитудой 5,8, стены нашей квартиры в Омске двигались полминуты',
      ],
      storm: ['Смерч прошёл по окраине Омска, сараи и заборы летают по воздуху'],
      flood: ['Ливень превратил улицы Омска в реки, машины уносит течением'],
      crash: ['Два поезда столкнулись лоб в лоб под Омском, спасатели вытаскивают людей из вагонов'],
      collapse: ['Старый пятиэтажный дом в Омске сложился сегодня утром, спасатели ищут выживших под завалами'],
      unrest: ['Тысячи демонстрантов перекрыли главную площадь Омска, полиция применяет водомёты и дубинки'],
    },
    non: {
      attack: ['В четверг полиция проведёт на вокзале Омска учения на случай теракта'],
      explosion: ['Сегодня вечером небо над Омском взорвётся красками во время салюта'],
      fire: ['Ровно двадцать лет назад большой пожар уничтожил старый рынок Омска'],
      earthquake: ['Учёные говорят, что сильное землетрясение может случиться в Омске в ближайшие пятьдесят лет'],
      storm: ['МЧС Омска в субботу проводит учения на случай урагана'],
      flood: ['После новых тарифов на парковку мэрию Омска завалили потоком жалоб'],
      crash: ['Пять лет назад под Омском разбился самолёт; сегодня открыли мемориал'],
      collapse: ['Думаю, старый мост в Омске однажды рухнет, если его никто не отремонтирует'],
      unrest: ['Полиция Омска вчера отрабатывала действия при беспорядках на стадионе'],
    },
  },
  uk: {
    city: 'Poltava',
    country: 'UA',
    reports: {
      attack: ['Озброєні чоловіки захопили готель у Полтаві та взяли заручників, чути стрілянину'],
      explosion: ['На заправці в Полтаві вибухнула газова цистерна, вибухову хвилю ми відчули за дві вулиці'],
      fire: [
        'Стара текстильна фабрика в Полтаві загорілася, дим видно з усього міста',
        'Нічний ринок у Полтаві спалахнув як смолоскип, двоє загиблих і багато поранених',
      ],
      earthquake: [
        'Тут у Полтаві все трясеться, ми дуже сильно відчули, вся родина вибігла надвір',
        'Сильний землетрус розбудив нас усіх у Полтаві о 3 ночі, книжки й склянки попадали з полиць',
        'Землетрус магнітудою 5,8, стіни нашої квартири в Полтаві рухалися пів хвилини',
      ],
      storm: ['Смерч пройшов околицями Полтави, сараї й паркани літають у повітрі'],
      flood: ['Злива перетворила вулиці Полтави на річки, машини зносить течією'],
      crash: ['Два потяги зіткнулися лоб у лоб під Полтавою, рятувальники витягують людей з вагонів'],
      collapse: [
        "Старий п'ятиповерховий будинок у Полтаві склався сьогодні вранці, рятувальники шукають живих під завалами",
      ],
      unrest: ['Тисячі демонстрантів перекрили головну площу Полтави, поліція застосовує водомети й кийки'],
    },
    non: {
      attack: ['У четвер поліція проведе на вокзалі Полтави навчання на випадок теракту'],
      explosion: ['Сьогодні ввечері небо над Полтавою вибухне барвами під час феєрверку'],
      fire: ['Рівно двадцять років тому велика пожежа знищила старий ринок Полтави'],
      earthquake: ["Науковці кажуть, що сильний землетрус може статися в Полтаві протягом найближчих п'ятдесяти років"],
      storm: ['ДСНС Полтави в суботу проводить навчання на випадок урагану'],
      flood: ['Після нових тарифів на паркування мерію Полтави засипали потоком скарг'],
      crash: ["П'ять років тому під Полтавою розбився літак; сьогодні відкрили меморіал"],
      collapse: ['Думаю, старий міст у Полтаві колись обвалиться, якщо його ніхто не відремонтує'],
      unrest: ['Поліція Полтави вчора відпрацьовувала дії під час заворушень на стадіоні'],
    },
  },
  tr: {
    city: 'Konya',
    country: 'TR',
    reports: {
      attack: ["Silahlı adamlar Konya'da bir otele baskın düzenleyip rehine aldı, silah sesleri duyuluyor"],
      explosion: ["Konya'da bir benzin istasyonunda gaz tankı patladı, şok dalgasını iki sokak öteden hissettik"],
      fire: [
        "Konya'daki eski tekstil fabrikası alev aldı, dumanı şehrin her yerinden görülüyor",
        "Konya'daki gece pazarı alevler içinde kaldı, iki ölü ve çok sayıda yaralı var",
      ],
      earthquake: [
        "Burada Konya'da her şey sallanıyor, çok güçlü hissettik, bütün aile dışarı koştu",
        "Güçlü bir deprem Konya'da gece saat 3'te hepimizi uyandırdı, kitaplar ve bardaklar raflardan düştü",
        "5,8 büyüklüğünde deprem, Konya'daki dairemizin duvarları yarım dakika boyunca oynadı",
      ],
      storm: ["Hortum Konya'nın kenar mahallelerinden geçti, kulübeler ve çitler havada uçuşuyor"],
      flood: ["Sağanak yağmur Konya'nın sokaklarını nehre çevirdi, arabaları akıntı sürüklüyor"],
      crash: ['Konya yakınlarında iki tren kafa kafaya çarpıştı, kurtarma ekipleri insanları vagonlardan çıkarıyor'],
      collapse: ["Konya'da beş katlı eski bir bina bu sabah yerle bir oldu, ekipler enkazda hayatta kalanları arıyor"],
      unrest: ["Binlerce gösterici Konya'nın ana meydanını kapattı, polis tazyikli su ve cop kullanıyor"],
    },
    non: {
      attack: ["Polis perşembe günü Konya Garı'nda terör saldırısı tatbikatı yapacak"],
      explosion: ["Bu akşam havai fişek gösterisinde Konya'nın gökyüzü renklerle patlayacak"],
      fire: ["Tam yirmi yıl önce büyük bir yangın Konya'nın eski çarşısını yok etmişti"],
      earthquake: ["Bilim insanlarına göre önümüzdeki elli yıl içinde Konya'yı güçlü bir deprem vurabilir"],
      storm: ['AFAD Konya cumartesi günü fırtına tatbikatı yapıyor'],
      flood: ['Yeni otopark ücretlerinden sonra Konya belediyesine sel gibi şikayet geldi'],
      crash: ['Beş yıl önce Konya yakınlarında bir uçak düştü; bugün bir anıt açıldı'],
      collapse: ["Bence Konya'daki eski köprü kimse onarmazsa bir gün çökecek"],
      unrest: ['Konya polisi dün stadyumda kargaşaya müdahale tatbikatı yaptı'],
    },
  },
  id: {
    city: 'Bandung',
    country: 'ID',
    reports: {
      attack: ['Orang-orang bersenjata menyerbu sebuah hotel di Bandung dan menyandera tamu, terdengar suara tembakan'],
      explosion: [
        'Tangki gas meledak di sebuah SPBU di Bandung, kami merasakan gelombang ledakannya dua jalan jauhnya',
      ],
      fire: [
        'Pabrik tekstil tua di Bandung terbakar, asapnya terlihat dari seluruh kota',
        'Pasar malam di Bandung dilalap api, dua orang tewas dan banyak yang luka-luka',
      ],
      earthquake: [
        'Di sini di Bandung semuanya bergoyang, kami merasakannya sangat kuat dan seluruh keluarga lari keluar rumah',
        'Gempa kuat membangunkan kami semua di Bandung jam 3 pagi, buku dan gelas berjatuhan dari rak',
        'Gempa bermagnitudo 5,8, dinding apartemen kami di Bandung bergerak selama setengah menit',
      ],
      storm: ['Angin puting beliung menerjang pinggiran Bandung, gudang dan pagar beterbangan di udara'],
      flood: ['Hujan deras mengubah jalan-jalan di Bandung menjadi sungai, mobil terseret arus'],
      crash: ['Dua kereta api bertabrakan adu banteng di dekat Bandung, petugas mengevakuasi penumpang dari gerbong'],
      collapse: ['Gedung tua lima lantai di Bandung ambruk pagi ini, tim SAR mencari korban selamat di reruntuhan'],
      unrest: ['Ribuan demonstran memblokir alun-alun Bandung, polisi memakai meriam air dan pentungan'],
    },
    non: {
      attack: ['Polisi akan menggelar simulasi serangan teroris di stasiun Bandung hari Kamis'],
      explosion: ['Malam ini langit Bandung akan meledak penuh warna saat pesta kembang api'],
      fire: ['Tepat dua puluh tahun lalu kebakaran besar menghancurkan pasar lama Bandung'],
      earthquake: ['Para ilmuwan mengatakan gempa kuat bisa melanda Bandung dalam lima puluh tahun ke depan'],
      storm: ['BPBD Bandung menggelar simulasi badai pada hari Sabtu'],
      flood: ['Balai kota Bandung dibanjiri keluhan setelah tarif parkir baru'],
      crash: ['Lima tahun lalu sebuah pesawat jatuh di dekat Bandung; hari ini sebuah monumen diresmikan'],
      collapse: ['Menurut saya jembatan tua di Bandung suatu hari akan runtuh kalau tidak ada yang memperbaikinya'],
      unrest: ['Polisi Bandung kemarin berlatih menangani kerusuhan di stadion'],
    },
  },
  tl: {
    city: 'Zamboanga',
    country: 'PH',
    reports: {
      attack: [
        'Sinalakay ng mga armadong lalaki ang isang hotel sa Zamboanga at nang-hostage, may naririnig na putukan',
      ],
      explosion: [
        'Sumabog ang tangke ng gas sa isang gasolinahan sa Zamboanga, ramdam namin ang lakas ng pagsabog dalawang kalye ang layo',
      ],
      fire: [
        'Nasunog ang lumang pabrika ng tela sa Zamboanga, kita ang usok mula sa buong lungsod',
        'Nilamon ng apoy ang night market sa Zamboanga, dalawa ang patay at marami ang sugatan',
      ],
      earthquake: [
        'Lahat ay umuuga dito sa Zamboanga, ramdam na ramdam namin at tumakbo palabas ang buong pamilya',
        'Ginising kaming lahat ng malakas na lindol sa Zamboanga alas-3 ng madaling araw, nahulog ang mga libro at baso mula sa estante',
        'Lindol na may lakas na magnitude 5.8, gumalaw ang mga pader ng apartment namin sa Zamboanga nang kalahating minuto',
      ],
      storm: ['Dumaan ang buhawi sa labas ng Zamboanga, lumilipad ang mga kubo at bakod'],
      flood: ['Ginawang ilog ng malakas na ulan ang mga kalye ng Zamboanga, tinatangay ng agos ang mga sasakyan'],
      crash: ['Nagsalpukan ang dalawang tren malapit sa Zamboanga, inilalabas ng mga rescuer ang mga tao sa mga bagon'],
      collapse: [
        'Gumuho kaninang umaga ang lumang limang palapag na gusali sa Zamboanga, hinahanap ng mga rescuer ang mga nakaligtas sa guho',
      ],
      unrest: [
        'Libu-libong nagpoprotesta ang humarang sa pangunahing plaza ng Zamboanga, gumagamit ang pulis ng water cannon at batuta',
      ],
    },
    non: {
      attack: ['Magsasagawa ang pulisya ng drill laban sa terror attack sa pantalan ng Zamboanga sa Huwebes'],
      explosion: ['Mamayang gabi sasabog sa kulay ang langit ng Zamboanga sa fireworks show'],
      fire: ['Dalawampung taon na ang nakalipas nang sirain ng malaking sunog ang lumang palengke ng Zamboanga'],
      earthquake: [
        'Sabi ng mga siyentipiko, maaaring tamaan ng malakas na lindol ang Zamboanga sa susunod na limampung taon',
      ],
      storm: ['Magsasagawa ang CDRRMO ng Zamboanga ng drill para sa bagyo sa Sabado'],
      flood: ['Binaha ng reklamo ang city hall ng Zamboanga dahil sa bagong bayad sa paradahan'],
      crash: [
        'Limang taon na ang nakalipas nang bumagsak ang isang eroplano malapit sa Zamboanga; may pinasinayaang bantayog ngayong araw',
      ],
      collapse: ['Sa tingin ko guguho balang araw ang lumang tulay sa Zamboanga kung walang mag-aayos nito'],
      unrest: ['Nagsanay kahapon ang pulisya ng Zamboanga sa pagharap sa kaguluhan sa istadyum'],
    },
  },
  el: {
    city: 'Volos',
    country: 'GR',
    reports: {
      attack: ['Ένοπλοι εισέβαλαν σε ξενοδοχείο στον Βόλο και πήραν ομήρους, ακούγονται πυροβολισμοί'],
      explosion: ['Εξερράγη δεξαμενή αερίου σε βενζινάδικο στον Βόλο, νιώσαμε το ωστικό κύμα δύο δρόμους πιο πέρα'],
      fire: [
        'Το παλιό υφαντουργείο στον Βόλο έπιασε φωτιά, ο καπνός φαίνεται από όλη την πόλη',
        'Η νυχτερινή αγορά στον Βόλο τυλίχτηκε στις φλόγες, δύο νεκροί και πολλοί τραυματίες',
      ],
      earthquake: [
        'Εδώ στον Βόλο τρέμουν όλα, το νιώσαμε πολύ δυνατά και όλη η οικογένεια βγήκε τρέχοντας έξω',
        'Ένας δυνατός σεισμός μάς ξύπνησε όλους στον Βόλο στις 3 τα ξημερώματα, βιβλία και ποτήρια έπεσαν από τα ράφια',
        'Σεισμός 5,8 Ρίχτερ, οι τοίχοι του διαμερίσματός μας στον Βόλο κουνιόντουσαν για μισό λεπτό',
      ],
      storm: ['Ανεμοστρόβιλος πέρασε από τα περίχωρα του Βόλου, αποθήκες και φράχτες πετούν στον αέρα'],
      flood: ['Η νεροποντή έκανε τους δρόμους του Βόλου ποτάμια, αυτοκίνητα παρασύρονται από το ρεύμα'],
      crash: ['Δύο τρένα συγκρούστηκαν μετωπικά κοντά στον Βόλο, οι διασώστες βγάζουν ανθρώπους από τα βαγόνια'],
      collapse: [
        'Ένα παλιό πενταώροφο κτίριο στον Βόλο σωριάστηκε σήμερα το πρωί, οι διασώστες ψάχνουν επιζώντες στα ερείπια',
      ],
      unrest: [
        'Χιλιάδες διαδηλωτές έκλεισαν την κεντρική πλατεία του Βόλου, η αστυνομία χρησιμοποιεί αύρες και γκλομπ',
      ],
    },
    non: {
      attack: ['Η αστυνομία θα κάνει την Πέμπτη άσκηση για τρομοκρατική επίθεση στον σταθμό του Βόλου'],
      explosion: ['Απόψε ο ουρανός του Βόλου θα εκραγεί σε χρώματα με τα πυροτεχνήματα'],
      fire: ['Σαν σήμερα πριν από είκοσι χρόνια μια μεγάλη πυρκαγιά κατέστρεψε την παλιά αγορά του Βόλου'],
      earthquake: [
        'Οι επιστήμονες λένε ότι ένας ισχυρός σεισμός μπορεί να χτυπήσει τον Βόλο τα επόμενα πενήντα χρόνια',
      ],
      storm: ['Η Πολιτική Προστασία του Βόλου κάνει το Σάββατο άσκηση για καταιγίδα'],
      flood: ['Το δημαρχείο του Βόλου πλημμύρισε από παράπονα μετά τα νέα τέλη στάθμευσης'],
      crash: ['Πριν από πέντε χρόνια ένα αεροπλάνο συνετρίβη κοντά στον Βόλο· σήμερα αποκαλύφθηκε ένα μνημείο'],
      collapse: ['Νομίζω ότι η παλιά γέφυρα του Βόλου θα καταρρεύσει κάποια μέρα αν δεν την επισκευάσει κανείς'],
      unrest: ['Η αστυνομία του Βόλου εκπαιδεύτηκε χθες στην αντιμετώπιση ταραχών στο γήπεδο'],
    },
  },
  ar: {
    city: 'Basra',
    country: 'IQ',
    reports: {
      attack: ['مسلحون اقتحموا فندقاً في البصرة واحتجزوا رهائن، وأصوات إطلاق النار مسموعة'],
      explosion: ['انفجر خزان غاز في محطة وقود في البصرة، شعرنا بموجة الانفجار على بعد شارعين'],
      fire: [
        'اشتعلت النيران في مصنع النسيج القديم في البصرة، والدخان يُرى من كل أنحاء المدينة',
        'التهمت النيران السوق الليلي في البصرة، قتيلان والعديد من الجرحى',
      ],
      earthquake: [
        'كل شيء يهتز هنا في البصرة، شعرنا به بقوة وركضت العائلة كلها إلى الخارج',
        'زلزال قوي أيقظنا جميعاً في البصرة الساعة الثالثة فجراً، وسقطت الكتب والأكواب من الرفوف',
        'زلزال بقوة 5.8 درجات، جدران شقتنا في البصرة تحركت لمدة نصف دقيقة',
      ],
      storm: ['زوبعة اجتاحت أطراف البصرة، الأكواخ والأسوار تتطاير في الهواء'],
      flood: ['الأمطار الغزيرة حولت شوارع البصرة إلى أنهار، والتيار يجرف السيارات'],
      crash: ['تصادم قطاران وجهاً لوجه قرب البصرة، والمسعفون ينتشلون الناس من العربات'],
      collapse: ['تهاوت بناية قديمة من خمسة طوابق في البصرة صباح اليوم، وفرق الإنقاذ تبحث عن ناجين تحت الأنقاض'],
      unrest: ['آلاف المتظاهرين أغلقوا الساحة الرئيسية في البصرة، والشرطة تستخدم خراطيم المياه والهراوات'],
    },
    non: {
      attack: ['الشرطة ستجري يوم الخميس تمريناً على هجوم إرهابي في محطة قطار البصرة'],
      explosion: ['الليلة ستنفجر سماء البصرة بالألوان في عرض الألعاب النارية'],
      fire: ['قبل عشرين عاماً بالضبط دمّر حريق كبير السوق القديم في البصرة'],
      earthquake: ['يقول العلماء إن زلزالاً قوياً قد يضرب البصرة خلال الخمسين عاماً القادمة'],
      storm: ['الدفاع المدني في البصرة يجري يوم السبت تمريناً على مواجهة العواصف'],
      flood: ['انهالت سيول من الشكاوى على بلدية البصرة بعد رسوم الوقوف الجديدة'],
      crash: ['قبل خمس سنوات تحطمت طائرة قرب البصرة، واليوم أزيح الستار عن نصب تذكاري'],
      collapse: ['أعتقد أن الجسر القديم في البصرة سينهار يوماً ما إذا لم يصلحه أحد'],
      unrest: ['تدربت شرطة البصرة أمس على التعامل مع أعمال الشغب في الملعب'],
    },
  },
  fa: {
    city: 'Kerman',
    country: 'IR',
    reports: {
      attack: ['مردان مسلح به یک هتل در کرمان یورش بردند و گروگان گرفتند، صدای تیراندازی شنیده می‌شود'],
      explosion: ['مخزن گاز در یک پمپ بنزین در کرمان منفجر شد، موج انفجار را دو خیابان آن طرف‌تر حس کردیم'],
      fire: [
        'کارخانه قدیمی نساجی در کرمان آتش گرفت، دودش از همه جای شهر دیده می‌شود',
        'بازار شبانه کرمان در شعله‌های آتش سوخت، دو کشته و ده‌ها زخمی',
      ],
      earthquake: [
        'اینجا در کرمان همه چیز می‌لرزد، خیلی شدید حس کردیم و همه خانواده دویدند بیرون',
        'یک زلزله شدید ساعت 3 بامداد همه ما را در کرمان از خواب بیدار کرد، کتاب‌ها و لیوان‌ها از قفسه‌ها افتادند',
        'زلزله 5.8 ریشتری، دیوارهای آپارتمان ما در کرمان نیم دقیقه تکان می‌خوردند',
      ],
      storm: ['گردباد از حاشیه کرمان گذشت، انباری‌ها و حصارها در هوا پرواز می‌کنند'],
      flood: ['باران شدید خیابان‌های کرمان را به رودخانه تبدیل کرد، ماشین‌ها را آب می‌برد'],
      crash: ['دو قطار نزدیک کرمان از روبرو با هم برخورد کردند، امدادگران مردم را از واگن‌ها بیرون می‌کشند'],
      collapse: ['یک ساختمان قدیمی پنج طبقه در کرمان امروز صبح فرو ریخت، امدادگران زیر آوار دنبال بازماندگان می‌گردند'],
      unrest: ['هزاران معترض میدان اصلی کرمان را بستند، پلیس از ماشین آب‌پاش و باتوم استفاده می‌کند'],
    },
    non: {
      attack: ['پلیس پنجشنبه در ایستگاه راه‌آهن کرمان مانور مقابله با حمله تروریستی برگزار می‌کند'],
      explosion: ['امشب آسمان کرمان در نمایش آتش‌بازی از رنگ‌ها منفجر می‌شود'],
      fire: ['درست بیست سال پیش یک آتش‌سوزی بزرگ بازار قدیمی کرمان را نابود کرد'],
      earthquake: ['دانشمندان می‌گویند ممکن است در پنجاه سال آینده زلزله‌ای شدید کرمان را بلرزاند'],
      storm: ['هلال احمر کرمان شنبه مانور طوفان برگزار می‌کند'],
      flood: ['پس از نرخ‌های جدید پارکینگ، سیل شکایت‌ها به شهرداری کرمان سرازیر شد'],
      crash: ['پنج سال پیش یک هواپیما نزدیک کرمان سقوط کرد؛ امروز از یک یادبود رونمایی شد'],
      collapse: ['فکر می‌کنم پل قدیمی کرمان اگر کسی تعمیرش نکند یک روز فرو می‌ریزد'],
      unrest: ['پلیس کرمان دیروز برای مقابله با آشوب در ورزشگاه تمرین کرد'],
    },
  },
  hi: {
    city: 'Bhopal',
    country: 'IN',
    reports: {
      attack: ['हथियारबंद लोगों ने भोपाल के एक होटल पर धावा बोला और लोगों को बंधक बना लिया, गोलियों की आवाज़ आ रही है'],
      explosion: ['भोपाल में एक पेट्रोल पंप पर गैस टैंक फट गया, धमाके की लहर हमें दो गली दूर तक महसूस हुई'],
      fire: [
        'भोपाल की पुरानी कपड़ा मिल में आग लग गई, धुआँ पूरे शहर से दिख रहा है',
        'भोपाल का रात का बाज़ार आग की लपटों में घिर गया, दो लोगों की मौत और कई घायल',
      ],
      earthquake: [
        'यहाँ भोपाल में सब कुछ हिल रहा है, हमें बहुत ज़ोर से महसूस हुआ और पूरा परिवार बाहर भागा',
        'तेज़ भूकंप ने भोपाल में रात 3 बजे हम सबको जगा दिया, किताबें और गिलास अलमारियों से गिर गए',
        '5.8 तीव्रता का भूकंप, भोपाल में हमारे फ्लैट की दीवारें आधे मिनट तक हिलती रहीं',
      ],
      storm: ['भोपाल के बाहरी इलाके से बवंडर गुज़रा, झोपड़ियाँ और बाड़ हवा में उड़ रहे हैं'],
      flood: ['मूसलाधार बारिश ने भोपाल की सड़कों को नदियों में बदल दिया, गाड़ियाँ बहाव में बह रही हैं'],
      crash: ['भोपाल के पास दो ट्रेनें आमने-सामने भिड़ गईं, बचावकर्मी लोगों को डिब्बों से निकाल रहे हैं'],
      collapse: ['भोपाल में पाँच मंज़िला पुरानी इमारत आज सुबह ढह गई, बचावकर्मी मलबे में ज़िंदा लोगों को ढूँढ रहे हैं'],
      unrest: ['हज़ारों प्रदर्शनकारियों ने भोपाल का मुख्य चौक जाम कर दिया, पुलिस वाटर कैनन और लाठियों का इस्तेमाल कर रही है'],
    },
    non: {
      attack: ['पुलिस गुरुवार को भोपाल रेलवे स्टेशन पर आतंकी हमले की मॉक ड्रिल करेगी'],
      explosion: ['आज रात आतिशबाज़ी में भोपाल का आसमान रंगों से फट पड़ेगा'],
      fire: ['ठीक बीस साल पहले एक बड़ी आग ने भोपाल के पुराने बाज़ार को तबाह कर दिया था'],
      earthquake: ['वैज्ञानिकों का कहना है कि अगले पचास सालों में भोपाल में तेज़ भूकंप आ सकता है'],
      storm: ['भोपाल का आपदा प्रबंधन विभाग शनिवार को तूफ़ान की मॉक ड्रिल करेगा'],
      flood: ['नई पार्किंग फीस के बाद भोपाल नगर निगम में शिकायतों की बाढ़ आ गई'],
      crash: ['पाँच साल पहले भोपाल के पास एक विमान दुर्घटनाग्रस्त हुआ था; आज एक स्मारक का अनावरण हुआ'],
      collapse: ['मुझे लगता है कि अगर किसी ने मरम्मत नहीं की तो भोपाल का पुराना पुल एक दिन गिर जाएगा'],
      unrest: ['भोपाल पुलिस ने कल स्टेडियम में दंगे से निपटने का अभ्यास किया'],
    },
  },
  ja: {
    city: 'Niigata',
    country: 'JP',
    reports: {
      attack: ['武装した男たちが新潟のホテルに押し入り人質を取った、銃声が聞こえる'],
      explosion: ['新潟のガソリンスタンドでガスタンクが爆発、2本先の通りでも爆風を感じた'],
      fire: [
        '新潟の古い繊維工場から火が上がった、煙が街のどこからでも見える',
        '新潟の夜市が炎に包まれた、2人死亡、多数のけが人',
      ],
      earthquake: [
        '新潟、今めっちゃ揺れてる！すごく強く感じて家族みんなで外に飛び出した',
        '新潟で夜中の3時に強い地震で全員目が覚めた、本やコップが棚から落ちた',
        'マグニチュード5.8の地震、新潟のマンションの壁が30秒くらい動いてた',
      ],
      storm: ['竜巻が新潟の郊外を通過、物置やフェンスが宙を舞っている'],
      flood: ['豪雨で新潟の道路が川のようになった、車が流されている'],
      crash: ['新潟近くで列車2本が正面衝突、救助隊が車両から人を運び出している'],
      collapse: ['新潟の5階建ての古いビルが今朝崩れ落ちた、救助隊ががれきの中で生存者を捜している'],
      unrest: ['数千人のデモ隊が新潟の中心広場を封鎖、警察は放水車と警棒を使用'],
    },
    non: {
      attack: ['警察は木曜日に新潟駅でテロ対策訓練を行う'],
      explosion: ['今夜の花火大会で新潟の空が色とりどりに爆発しそう'],
      fire: ['ちょうど20年前の今日、大火事が新潟の古い市場を焼き尽くした'],
      earthquake: ['専門家によると、今後50年以内に新潟を強い地震が襲う可能性がある'],
      storm: ['新潟市の防災課が土曜日に台風を想定した訓練を実施'],
      flood: ['新しい駐車料金で新潟市役所には苦情が洪水のように押し寄せた'],
      crash: ['5年前に新潟近くで飛行機が墜落、今日慰霊碑の除幕式があった'],
      collapse: ['誰も直さなければ、新潟の古い橋はいつか崩壊すると思う'],
      unrest: ['新潟県警は昨日、スタジアムでの暴動に対応する訓練を行った'],
    },
  },
  zh: {
    city: 'Kunming',
    country: 'CN',
    reports: {
      attack: ['武装分子闯入昆明一家酒店并劫持人质，能听到枪声'],
      explosion: ['昆明一个加油站的燃气罐爆炸了，隔着两条街都感觉到了冲击波'],
      fire: ['昆明的老纺织厂着火了，全城都能看到浓烟', '昆明夜市被大火吞没，两人死亡，多人受伤'],
      earthquake: [
        '昆明这边全都在晃，我们感觉特别强烈，全家都跑到外面去了',
        '凌晨3点昆明一场强烈地震把我们全都震醒了，书和杯子从架子上掉下来',
        '5.8级地震，我们在昆明的公寓墙壁晃动了半分钟',
      ],
      storm: ['龙卷风扫过昆明郊区，棚屋和围栏在空中乱飞'],
      flood: ['暴雨把昆明的街道变成了河，汽车被水流冲走'],
      crash: ['两列火车在昆明附近迎面相撞，救援人员正从车厢里救人'],
      collapse: ['昆明一栋五层老楼今早轰然倒塌，救援人员在废墟中搜寻幸存者'],
      unrest: ['数千名示威者堵住了昆明的中心广场，警察使用水炮和警棍'],
    },
    non: {
      attack: ['警方周四将在昆明火车站举行反恐袭击演练'],
      explosion: ['今晚烟花表演上昆明的天空将被色彩引爆'],
      fire: ['整整二十年前的今天，一场大火烧毁了昆明的老市场'],
      earthquake: ['科学家说未来五十年内昆明可能发生强烈地震'],
      storm: ['昆明应急管理局周六举行暴风雨应急演练'],
      flood: ['新的停车收费出台后，昆明市政府被投诉淹没了'],
      crash: ['五年前一架飞机在昆明附近坠毁，今天举行了纪念碑揭幕仪式'],
      collapse: ['我觉得如果没人修，昆明那座老桥总有一天会倒塌'],
      unrest: ['昆明警方昨天在体育场进行了处置骚乱的演练'],
    },
  },
  ko: {
    city: 'Daejeon',
    country: 'KR',
    reports: {
      attack: ['무장한 남자들이 대전의 한 호텔에 난입해 인질을 잡았어요, 총소리가 들려요'],
      explosion: ['대전의 한 주유소에서 가스탱크가 폭발했어요, 두 블록 떨어진 곳에서도 충격파를 느꼈어요'],
      fire: [
        '대전의 오래된 섬유 공장에 불이 붙었어요, 연기가 도시 어디서나 보여요',
        '대전 야시장이 화염에 휩싸였어요, 2명 사망하고 많은 사람이 다쳤어요',
      ],
      earthquake: [
        '여기 대전 지금 다 흔들리고 있어요, 엄청 강하게 느껴져서 온 가족이 밖으로 뛰쳐나왔어요',
        '새벽 3시에 강한 지진 때문에 대전에서 우리 모두 잠에서 깼어요, 책이랑 컵이 선반에서 떨어졌어요',
        '규모 5.8 지진, 대전 우리 아파트 벽이 30초 동안 움직였어요',
      ],
      storm: ['회오리바람이 대전 외곽을 휩쓸었어요, 창고와 울타리가 공중에 날아다녀요'],
      flood: ['폭우로 대전 거리가 강으로 변했어요, 차들이 물살에 떠내려가요'],
      crash: ['대전 근처에서 열차 두 대가 정면으로 부딪혔어요, 구조대가 객차에서 사람들을 꺼내고 있어요'],
      collapse: ['대전의 5층짜리 낡은 건물이 오늘 아침 무너져 내렸어요, 구조대가 잔해 속에서 생존자를 찾고 있어요'],
      unrest: ['수천 명의 시위대가 대전 중앙 광장을 막았어요, 경찰이 물대포와 곤봉을 쓰고 있어요'],
    },
    non: {
      attack: ['경찰이 목요일 대전역에서 테러 공격 대비 훈련을 합니다'],
      explosion: ['오늘 밤 불꽃놀이에서 대전 하늘이 색으로 폭발할 거예요'],
      fire: ['딱 20년 전 오늘 큰 화재가 대전의 옛 시장을 태웠어요'],
      earthquake: ['과학자들은 앞으로 50년 안에 대전에 강한 지진이 올 수 있다고 말해요'],
      storm: ['대전시가 토요일에 태풍 대비 훈련을 실시합니다'],
      flood: ['새 주차 요금 이후 대전시청에 항의가 홍수처럼 쏟아졌어요'],
      crash: ['5년 전 대전 근처에서 비행기가 추락했고, 오늘 추모비 제막식이 있었어요'],
      collapse: ['아무도 고치지 않으면 대전의 오래된 다리는 언젠가 붕괴될 거라고 생각해요'],
      unrest: ['대전 경찰은 어제 경기장 폭동 진압 훈련을 했어요'],
    },
  },
  he: {
    city: 'Tiberias',
    country: 'IL',
    reports: {
      attack: ['חמושים פרצו למלון בטבריה ולקחו בני ערובה, שומעים ירי'],
      explosion: ['מיכל גז התפוצץ בתחנת דלק בטבריה, הרגשנו את גל ההדף שני רחובות משם'],
      fire: [
        'מפעל הטקסטיל הישן בטבריה עלה באש, רואים את העשן מכל העיר',
        'השוק הלילי בטבריה בוער, שני הרוגים והרבה פצועים',
      ],
      earthquake: [
        'הכל רועד פה בטבריה, הרגשנו את זה ממש חזק וכל המשפחה רצה החוצה',
        'רעידת אדמה חזקה העירה את כולנו בטבריה בשלוש לפנות בוקר, ספרים וכוסות נפלו מהמדפים',
        'רעידת אדמה בעוצמה 5.8, הקירות של הדירה שלנו בטבריה זזו חצי דקה',
      ],
      storm: ['טורנדו עבר בשולי טבריה, מחסנים וגדרות עפים באוויר'],
      flood: ['הגשם העז הפך את הרחובות בטבריה לנהרות, מכוניות נסחפות בזרם'],
      crash: ['שתי רכבות התנגשו חזיתית ליד טבריה, כוחות ההצלה מחלצים אנשים מהקרונות'],
      collapse: ['בניין ישן בן חמש קומות בטבריה קרס הבוקר, צוותי החילוץ מחפשים ניצולים בהריסות'],
      unrest: ['אלפי מפגינים חסמו את הכיכר המרכזית בטבריה, המשטרה משתמשת במכת״זית ובאלות'],
    },
    non: {
      attack: ['המשטרה תקיים ביום חמישי תרגיל פיגוע בתחנה המרכזית בטבריה'],
      explosion: ['הערב השמיים מעל טבריה יתפוצצו בצבעים במופע הזיקוקים'],
      fire: ['בדיוק לפני עשרים שנה שריפה גדולה החריבה את השוק הישן של טבריה'],
      earthquake: ['מדענים אומרים שרעידת אדמה חזקה עלולה לפגוע בטבריה בחמישים השנים הקרובות'],
      storm: ['פיקוד העורף מקיים בשבת תרגיל סערה בטבריה'],
      flood: ['העירייה בטבריה הוצפה בתלונות אחרי תעריפי החניה החדשים'],
      crash: ['לפני חמש שנים התרסק מטוס ליד טבריה; היום נחשפה אנדרטה'],
      collapse: ['אני חושב שהגשר הישן בטבריה יקרוס יום אחד אם אף אחד לא יתקן אותו'],
      unrest: ['משטרת טבריה התאמנה אתמול בטיפול בהתפרעויות באצטדיון'],
    },
  },
  ur: {
    city: 'Faisalabad',
    country: 'PK',
    reports: {
      attack: ['مسلح افراد فیصل آباد کے ایک ہوٹل میں گھس گئے اور لوگوں کو یرغمال بنا لیا، فائرنگ کی آوازیں آ رہی ہیں'],
      explosion: ['فیصل آباد میں ایک پٹرول پمپ پر گیس ٹینک پھٹ گیا، دھماکے کی لہر ہمیں دو گلیاں دور محسوس ہوئی'],
      fire: [
        'فیصل آباد کی پرانی ٹیکسٹائل مل میں آگ لگ گئی، دھواں پورے شہر سے نظر آ رہا ہے',
        'فیصل آباد کا رات کا بازار شعلوں کی لپیٹ میں آ گیا، دو افراد ہلاک اور کئی زخمی',
      ],
      earthquake: [
        'یہاں فیصل آباد میں سب کچھ ہل رہا ہے، ہمیں بہت زور سے محسوس ہوا اور پورا خاندان باہر بھاگا',
        'فیصل آباد میں رات 3 بجے شدید زلزلے نے ہم سب کو جگا دیا، کتابیں اور گلاس الماریوں سے گر گئے',
        '5.8 شدت کا زلزلہ، فیصل آباد میں ہمارے فلیٹ کی دیواریں آدھے منٹ تک ہلتی رہیں',
      ],
      storm: ['فیصل آباد کے مضافات سے بگولا گزرا، جھونپڑیاں اور باڑیں ہوا میں اڑ رہی ہیں'],
      flood: ['موسلا دھار بارش نے فیصل آباد کی سڑکوں کو دریا بنا دیا، گاڑیاں بہاؤ میں بہہ رہی ہیں'],
      crash: ['فیصل آباد کے قریب دو ٹرینیں آمنے سامنے ٹکرا گئیں، امدادی کارکن لوگوں کو ڈبوں سے نکال رہے ہیں'],
      collapse: [
        'فیصل آباد میں پانچ منزلہ پرانی عمارت آج صبح زمین بوس ہو گئی، امدادی کارکن ملبے میں زندہ بچ جانے والوں کو تلاش کر رہے ہیں',
      ],
      unrest: ['ہزاروں مظاہرین نے فیصل آباد کا مرکزی چوک بند کر دیا، پولیس واٹر کینن اور لاٹھیاں استعمال کر رہی ہے'],
    },
    non: {
      attack: ['پولیس جمعرات کو فیصل آباد ریلوے اسٹیشن پر دہشت گرد حملے کی فرضی مشق کرے گی'],
      explosion: ['آج رات آتش بازی میں فیصل آباد کا آسمان رنگوں سے پھٹ پڑے گا'],
      fire: ['ٹھیک بیس سال پہلے ایک بڑی آگ نے فیصل آباد کا پرانا بازار تباہ کر دیا تھا'],
      earthquake: ['سائنسدانوں کا کہنا ہے کہ اگلے پچاس سال میں فیصل آباد میں شدید زلزلہ آ سکتا ہے'],
      storm: ['ریسکیو 1122 فیصل آباد ہفتے کو طوفان سے نمٹنے کی مشق کرے گا'],
      flood: ['نئی پارکنگ فیس کے بعد فیصل آباد کارپوریشن میں شکایات کا سیلاب آ گیا'],
      crash: ['پانچ سال پہلے فیصل آباد کے قریب ایک طیارہ گر کر تباہ ہوا تھا؛ آج ایک یادگار کی نقاب کشائی ہوئی'],
      collapse: ['میرا خیال ہے کہ اگر کسی نے مرمت نہ کی تو فیصل آباد کا پرانا پل ایک دن گر جائے گا'],
      unrest: ['فیصل آباد پولیس نے کل اسٹیڈیم میں ہنگامے سے نمٹنے کی مشق کی'],
    },
  },
  bn: {
    city: 'Rajshahi',
    country: 'BD',
    reports: {
      attack: ['সশস্ত্র লোকেরা রাজশাহীর একটি হোটেলে ঢুকে লোকজনকে জিম্মি করেছে, গুলির শব্দ শোনা যাচ্ছে'],
      explosion: ['রাজশাহীতে একটি পেট্রোল পাম্পে গ্যাস ট্যাংক বিস্ফোরিত হয়েছে, দুই রাস্তা দূর থেকে ধাক্কা টের পেয়েছি'],
      fire: [
        'রাজশাহীর পুরনো টেক্সটাইল কারখানায় আগুন ধরে গেছে, পুরো শহর থেকে ধোঁয়া দেখা যাচ্ছে',
        'রাজশাহীর রাতের বাজার আগুনের লেলিহান শিখায় পুড়ে ছাই, দুজন নিহত, বহু আহত',
      ],
      earthquake: [
        'এখানে রাজশাহীতে সবকিছু কাঁপছে, আমরা খুব জোরে টের পেয়েছি, পুরো পরিবার দৌড়ে বাইরে বেরিয়ে এসেছে',
        'রাত ৩টায় শক্তিশালী ভূমিকম্পে রাজশাহীতে আমরা সবাই জেগে উঠেছি, তাক থেকে বই আর গ্লাস পড়ে গেছে',
        '৫.৮ মাত্রার ভূমিকম্প, রাজশাহীতে আমাদের ফ্ল্যাটের দেয়াল আধা মিনিট ধরে নড়ছিল',
      ],
      storm: ['রাজশাহীর উপকণ্ঠ দিয়ে ঘূর্ণিঝড় বয়ে গেছে, ছাউনি আর বেড়া বাতাসে উড়ছে'],
      flood: ['মুষলধারে বৃষ্টিতে রাজশাহীর রাস্তাগুলো নদী হয়ে গেছে, স্রোতে গাড়ি ভেসে যাচ্ছে'],
      crash: ['রাজশাহীর কাছে দুটি ট্রেনের মুখোমুখি সংঘর্ষ, উদ্ধারকর্মীরা বগি থেকে মানুষ বের করছেন'],
      collapse: ['রাজশাহীতে পাঁচতলা পুরনো একটি ভবন আজ সকালে ধসে পড়েছে, উদ্ধারকর্মীরা ধ্বংসস্তূপে জীবিতদের খুঁজছেন'],
      unrest: ['হাজার হাজার বিক্ষোভকারী রাজশাহীর প্রধান চত্বর অবরোধ করেছে, পুলিশ জলকামান আর লাঠি ব্যবহার করছে'],
    },
    non: {
      attack: ['পুলিশ বৃহস্পতিবার রাজশাহী রেলস্টেশনে সন্ত্রাসী হামলার মহড়া করবে'],
      explosion: ['আজ রাতে আতশবাজিতে রাজশাহীর আকাশ রঙে বিস্ফোরিত হবে'],
      fire: ['ঠিক বিশ বছর আগে এক ভয়াবহ অগ্নিকাণ্ড রাজশাহীর পুরনো বাজার ধ্বংস করেছিল'],
      earthquake: ['বিজ্ঞানীরা বলছেন আগামী পঞ্চাশ বছরে রাজশাহীতে শক্তিশালী ভূমিকম্প হতে পারে'],
      storm: ['ফায়ার সার্ভিস শনিবার রাজশাহীতে ঘূর্ণিঝড় মোকাবিলার মহড়া করবে'],
      flood: ['নতুন পার্কিং ফির পর রাজশাহী সিটি কর্পোরেশনে অভিযোগের বন্যা বয়ে গেছে'],
      crash: ['পাঁচ বছর আগে রাজশাহীর কাছে একটি বিমান বিধ্বস্ত হয়েছিল; আজ একটি স্মৃতিস্তম্ভ উন্মোচন করা হয়েছে'],
      collapse: ['আমার মনে হয় কেউ মেরামত না করলে রাজশাহীর পুরনো সেতুটা একদিন ভেঙে পড়বে'],
      unrest: ['রাজশাহী পুলিশ গতকাল স্টেডিয়ামে দাঙ্গা সামলানোর মহড়া করেছে'],
    },
  },
} as const satisfies Record<string, HeldOutReportsF>;

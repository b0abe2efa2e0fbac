/**
 * The first-report parity kit: for each of the nine categories, four short
 * first reports (an eyewitness, a description of what it did, a headline, a
 * count of victims or a local's plain statement; no cue word common to all)
 * and two non-reports (figurative use, opinion, forecast or old news), the
 * same sentences in each of the 23 seed languages, written by hand for this
 * kit (no post of any corpus), each naming a city of the language's country.
 *
 * Each language's set is split in two halves by `half()`: A, looked at while
 * fixing the lexicons, and B, held out (measured at the end only). The split
 * alternates by category so that each half holds every kind of report.
 *
 * Halves C, D, E, F, G and H, written later in new wordings, are in first-reports-c.ts,
 * first-reports-d.ts, first-reports-e.ts, first-reports-f.ts, first-reports-g.ts and first-reports-h.ts.
 *
 *   node --import tsx tools/cli/parity.ts [--half A|B|C|D|E|F|G|H]   prints the table
 */
import type { EventCategory } from '../../functions/domain/detector/seeds';

/** A and B: this file; C: first-reports-c.ts (held out on branch parity2); D: first-reports-d.ts (parity3); E: first-reports-e.ts (parity4); F: first-reports-f.ts (parity5); G: first-reports-g.ts (firsthand); H: first-reports-h.ts (parity8). */
export type Half = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H';

export interface FirstReports {
  /** The city the sentences name (English name, ISO country). */
  city: string;
  country: string;
  /** Four first reports per category. */
  reports: Record<EventCategory, readonly [string, string, string, string]>;
  /** Two non-reports per category (the category's words used figuratively, an opinion, a forecast, old news). */
  non: Record<EventCategory, readonly [string, string]>;
}

/** Sentence `j` of category number `k`: in half A when j + k is even (each half gets every kind of report). */
export function half(k: number, j: number): Half {
  return (j + k) % 2 === 0 ? 'A' : 'B';
}

export const FIRST_REPORTS = {
  en: {
    city: 'Leeds',
    country: 'GB',
    reports: {
      attack: [
        "Gunshots outside the mall in Leeds, people running everywhere, I'm hiding in a shop",
        'A man stabbed several people at the bus station in Leeds this afternoon',
        'BREAKING: Shooting in Leeds city centre, police say the gunman is still at large',
        'Four people shot dead at a school in Leeds',
      ],
      explosion: [
        'Huge bang just now in Leeds, the whole house shook and the windows blew out',
        'Gas explosion destroyed two houses on our street in Leeds, smoke everywhere',
        'BREAKING: Explosion at a chemical plant near Leeds',
        '3 workers injured in a blast at a factory in Leeds',
      ],
      fire: [
        'Massive fire across the road from me in Leeds, flames coming out of the roof',
        'The warehouse by the canal is burning, thick black smoke over Leeds',
        'Firefighters battling a large blaze at a tower block in Leeds',
        'Two people died in a house fire in Leeds overnight',
      ],
      earthquake: [
        'Whoa, the building in Leeds was shaking for about 10 seconds, things fell off the shelves',
        'Strong tremor just now, the windows rattled and the lamp was swinging. Leeds',
        'Earthquake hits northern England, felt strongly in Leeds',
        'Cracks in the walls and the chimney came down after the earthquake in Leeds',
      ],
      storm: [
        'The wind is insane here in Leeds, trees down on our street and the power is out',
        'Storm ripped the roof off the school in Leeds, debris all over the road',
        'Tornado touches down near Leeds, several houses damaged',
        'Hailstorm smashed car windows across Leeds this afternoon',
      ],
      flood: [
        'Our street in Leeds is under water, the river burst its banks an hour ago',
        'Water up to the car doors in Leeds city centre, shops flooded',
        'Flash floods in Leeds: people rescued from rooftops',
        'Two dead in Leeds floods as the river keeps rising',
      ],
      crash: [
        'Just saw a bus crash into a lorry on the ring road in Leeds, people trapped',
        'Train derailed near Leeds, carriages on their side',
        'BREAKING: Small plane crashes in a field outside Leeds',
        'Five injured in a pile-up on the motorway near Leeds',
      ],
      collapse: [
        'The old cinema on our street in Leeds just collapsed, huge cloud of dust',
        'A bridge fell into the river in Leeds, cars went down with it',
        'Building collapse in Leeds: people trapped under rubble',
        'Balcony gave way during a party in Leeds, 6 injured',
      ],
      unrest: [
        'Riot police firing tear gas at protesters in Leeds city centre right now',
        'Cars burning and shop windows smashed after clashes in Leeds last night',
        'Violent clashes between protesters and police in Leeds',
        'Looting on Briggate in Leeds, shops being emptied, no police anywhere',
      ],
    },
    non: {
      attack: [
        'Nearly had a heart attack watching the penalties in Leeds last night 😂',
        'Ten years ago today the Leeds shooting took 6 lives. We remember them.',
      ],
      explosion: [
        'This traffic in Leeds is unbearable, my poor head is about to explode',
        'The population explosion in the Leeds suburbs is pushing rents up',
      ],
      fire: [
        'This new mixtape is fire 🔥 Leeds stand up',
        'Fire risk very high across Yorkshire this weekend, be careful with barbecues',
      ],
      earthquake: [
        'That announcement was a political earthquake for the party',
        'On this day in 2008 an earthquake shook Leeds and most of England',
      ],
      storm: [
        'Storm warning for Leeds tomorrow, winds up to 70 mph expected',
        "A storm of criticism after the mayor's speech in Leeds",
      ],
      flood: [
        'My inbox is flooded with emails after the holidays',
        'Heavy rain forecast for Leeds on Friday, flooding possible',
      ],
      crash: ['My laptop crashed again and I lost the whole essay', 'Bitcoin crash wipes out billions'],
      collapse: [
        'The collapse of the pound is killing small businesses',
        'Leeds collapsed in the last 10 minutes and lost 3-1',
      ],
      unrest: [
        'Protest planned in Leeds on Saturday against the new tax',
        'The riots in Leeds in 2001 changed the city',
      ],
    },
  },
  de: {
    city: 'Cologne',
    country: 'DE',
    reports: {
      attack: [
        'Schüsse vor dem Einkaufszentrum in Köln, Leute rennen überall hin, ich verstecke mich in einem Laden',
        'Ein Mann hat am Busbahnhof in Köln mehrere Menschen mit einem Messer verletzt',
        'EILMELDUNG: Schießerei in der Kölner Innenstadt, Täter noch flüchtig',
        'Vier Menschen an einer Schule in Köln erschossen',
      ],
      explosion: [
        'Gerade ein riesiger Knall in Köln, das ganze Haus hat gewackelt und die Fenster sind zersprungen',
        'Gasexplosion hat zwei Häuser in unserer Straße in Köln zerstört, überall Rauch',
        'EILMELDUNG: Explosion in einem Chemiewerk bei Köln',
        '3 Arbeiter bei Explosion in einer Fabrik in Köln verletzt',
      ],
      fire: [
        'Riesiges Feuer gegenüber von mir in Köln, Flammen schlagen aus dem Dach',
        'Die Lagerhalle am Hafen brennt, dicker schwarzer Rauch über Köln',
        'Feuerwehr kämpft gegen Großbrand in einem Hochhaus in Köln',
        'Zwei Menschen bei Wohnungsbrand in Köln in der Nacht gestorben',
      ],
      earthquake: [
        'Boah, das Gebäude in Köln hat etwa 10 Sekunden lang gewackelt, Sachen sind aus dem Regal gefallen',
        'Gerade ein starkes Beben, die Fenster klirrten und die Lampe schwang hin und her. Köln',
        'Erdbeben erschüttert das Rheinland, in Köln deutlich zu spüren',
        'Risse in den Wänden und der Schornstein ist nach dem Erdbeben in Köln heruntergefallen',
      ],
      storm: [
        'Der Wind hier in Köln ist krass, Bäume auf unserer Straße umgestürzt und der Strom ist weg',
        'Der Sturm hat das Dach der Schule in Köln abgedeckt, Trümmer überall auf der Straße',
        'Tornado bei Köln, mehrere Häuser beschädigt',
        'Hagelsturm hat heute Nachmittag in ganz Köln Autoscheiben zerschlagen',
      ],
      flood: [
        'Unsere Straße in Köln steht unter Wasser, der Rhein ist vor einer Stunde über die Ufer getreten',
        'Wasser bis zu den Autotüren in der Kölner Altstadt, Geschäfte überflutet',
        'Sturzfluten in Köln: Menschen von Dächern gerettet',
        'Zwei Tote bei Hochwasser in Köln, der Pegel steigt weiter',
      ],
      crash: [
        'Gerade gesehen, wie ein Bus auf dem Ring in Köln in einen LKW gekracht ist, Leute eingeklemmt',
        'Zug bei Köln entgleist, Waggons liegen auf der Seite',
        'EILMELDUNG: Kleinflugzeug stürzt auf ein Feld bei Köln',
        'Fünf Verletzte bei Massenkarambolage auf der Autobahn bei Köln',
      ],
      collapse: [
        'Das alte Kino in unserer Straße in Köln ist gerade eingestürzt, riesige Staubwolke',
        'Eine Brücke ist in Köln in den Fluss gestürzt, Autos sind mit runtergefallen',
        'Gebäudeeinsturz in Köln: Menschen unter Trümmern verschüttet',
        'Balkon bei einer Party in Köln abgebrochen, 6 Verletzte',
      ],
      unrest: [
        'Polizei setzt gerade Tränengas gegen Demonstranten in der Kölner Innenstadt ein',
        'Brennende Autos und eingeschlagene Schaufenster nach Krawallen in Köln letzte Nacht',
        'Heftige Ausschreitungen zwischen Demonstranten und Polizei in Köln',
        'Plünderungen auf der Schildergasse in Köln, Läden werden leergeräumt, keine Polizei',
      ],
    },
    non: {
      attack: [
        'Fast einen Herzinfarkt bekommen beim Elfmeterschießen gestern in Köln 😂',
        'Heute vor zehn Jahren: der Anschlag in Köln mit 6 Toten. Wir vergessen sie nicht.',
      ],
      explosion: [
        'Mein Kopf explodiert gleich, dieser Stau in Köln ist unerträglich',
        'Die Bevölkerungsexplosion in den Kölner Vororten treibt die Mieten hoch',
      ],
      fire: [
        'Der neue Song ist einfach Feuer 🔥 Köln feiert',
        'Waldbrandgefahr in NRW am Wochenende sehr hoch, Vorsicht beim Grillen',
      ],
      earthquake: [
        'Diese Nachricht war ein politisches Erdbeben für die Partei',
        'Heute vor 30 Jahren erschütterte ein Erdbeben Köln und das Rheinland',
      ],
      storm: [
        'Sturmwarnung für Köln morgen, Böen bis 110 km/h erwartet',
        'Ein Sturm der Kritik nach der Rede der Oberbürgermeisterin in Köln',
      ],
      flood: [
        'Mein Postfach wird nach dem Urlaub mit Mails überflutet',
        'Starkregen für Köln am Freitag vorhergesagt, Überschwemmungen möglich',
      ],
      crash: [
        'Mein Laptop ist schon wieder abgestürzt und die ganze Hausarbeit ist weg',
        'Bitcoin-Crash vernichtet Milliarden',
      ],
      collapse: [
        'Der Einsturz der Börse ruiniert kleine Firmen',
        'Der FC ist in den letzten 10 Minuten völlig eingebrochen und hat 1:3 verloren',
      ],
      unrest: [
        'Am Samstag geplante Demo in Köln gegen die neue Steuer',
        'Die Krawalle in Köln 2016 haben die Stadt verändert',
      ],
    },
  },
  fr: {
    city: 'Lyon',
    country: 'FR',
    reports: {
      attack: [
        'Des coups de feu devant le centre commercial à Lyon, les gens courent partout, je suis caché dans un magasin',
        'Un homme a poignardé plusieurs personnes à la gare routière de Lyon cet après-midi',
        'URGENT : fusillade dans le centre de Lyon, le tireur toujours en fuite',
        'Quatre personnes tuées par balle dans une école à Lyon',
      ],
      explosion: [
        "Énorme boum à l'instant à Lyon, toute la maison a tremblé et les vitres ont volé en éclats",
        'Une explosion de gaz a détruit deux maisons dans notre rue à Lyon, de la fumée partout',
        'URGENT : explosion dans une usine chimique près de Lyon',
        'Trois ouvriers blessés dans une explosion dans une usine à Lyon',
      ],
      fire: [
        'Gros incendie en face de chez moi à Lyon, les flammes sortent du toit',
        "L'entrepôt du port est en feu, une épaisse fumée noire au-dessus de Lyon",
        'Les pompiers luttent contre un violent incendie dans une tour à Lyon',
        "Deux personnes sont mortes dans l'incendie d'une maison à Lyon cette nuit",
      ],
      earthquake: [
        "Wow, l'immeuble à Lyon a bougé pendant une dizaine de secondes, des objets sont tombés des étagères",
        "Forte secousse à l'instant, les fenêtres vibraient et le lustre se balançait. Lyon",
        'Un séisme frappe la région, ressenti fortement à Lyon',
        'Des fissures dans les murs et la cheminée est tombée après le tremblement de terre à Lyon',
      ],
      storm: [
        'Le vent est dingue ici à Lyon, des arbres tombés dans notre rue et plus de courant',
        "La tempête a arraché le toit de l'école à Lyon, des débris partout sur la route",
        'Une tornade touche le sol près de Lyon, plusieurs maisons endommagées',
        'Un orage de grêle a brisé des pare-brise dans tout Lyon cet après-midi',
      ],
      flood: [
        "Notre rue à Lyon est sous l'eau, le Rhône a débordé il y a une heure",
        "De l'eau jusqu'aux portières dans le centre de Lyon, des magasins inondés",
        'Crues soudaines à Lyon : des habitants secourus sur les toits',
        'Deux morts dans les inondations à Lyon, le niveau continue de monter',
      ],
      crash: [
        'Je viens de voir un bus percuter un camion sur le périphérique de Lyon, des gens coincés',
        'Un train a déraillé près de Lyon, des wagons couchés sur le côté',
        "URGENT : un petit avion s'écrase dans un champ près de Lyon",
        "Cinq blessés dans un carambolage sur l'autoroute près de Lyon",
      ],
      collapse: [
        "Le vieux cinéma de notre rue à Lyon vient de s'effondrer, énorme nuage de poussière",
        "Un pont s'est écroulé dans la rivière à Lyon, des voitures sont tombées avec",
        "Effondrement d'un immeuble à Lyon : des personnes coincées sous les décombres",
        'Un balcon a cédé pendant une fête à Lyon, 6 blessés',
      ],
      unrest: [
        'Les CRS tirent des gaz lacrymogènes sur les manifestants dans le centre de Lyon en ce moment',
        'Voitures brûlées et vitrines cassées après des émeutes à Lyon cette nuit',
        'Violents affrontements entre manifestants et police à Lyon',
        'Pillages rue de la République à Lyon, les magasins sont vidés, pas de police',
      ],
    },
    non: {
      attack: [
        "J'ai failli faire une crise cardiaque pendant les tirs au but hier soir à Lyon 😂",
        "Il y a dix ans, l'attentat de Lyon faisait 6 morts. Nous ne les oublions pas.",
      ],
      explosion: [
        "Ma tête va exploser, ces bouchons à Lyon c'est insupportable",
        "L'explosion démographique des banlieues de Lyon fait monter les loyers",
      ],
      fire: [
        "Ce nouveau son c'est du feu 🔥 Lyon représente",
        "Risque d'incendie très élevé dans le Rhône ce week-end, attention aux barbecues",
      ],
      earthquake: [
        'Cette annonce est un véritable séisme politique pour la gauche',
        'Il y a 20 ans jour pour jour, un séisme secouait Lyon',
      ],
      storm: [
        'Alerte tempête pour Lyon demain, rafales jusqu’à 110 km/h attendues',
        'Une tempête de critiques après le discours du maire de Lyon',
      ],
      flood: [
        'Ma boîte mail est inondée de messages après les vacances',
        'Fortes pluies prévues à Lyon vendredi, risque d’inondations',
      ],
      crash: [
        'Le krach du bitcoin efface des milliards',
        'Mon ordi a crashé encore une fois, tout mon mémoire est perdu',
      ],
      collapse: [
        "L'effondrement de l'euro tue les petites entreprises",
        "L'OL s'est effondré dans les 10 dernières minutes et a perdu 3-1",
      ],
      unrest: [
        'Manifestation prévue à Lyon samedi contre la nouvelle taxe',
        'Les émeutes de Lyon en 2005 ont changé la ville',
      ],
    },
  },
  es: {
    city: 'Zaragoza',
    country: 'ES',
    reports: {
      attack: [
        'Disparos frente al centro comercial en Zaragoza, la gente corre por todas partes, estoy escondido en una tienda',
        'Un hombre apuñaló a varias personas en la estación de autobuses de Zaragoza esta tarde',
        'ÚLTIMA HORA: tiroteo en el centro de Zaragoza, el atacante sigue huido',
        'Cuatro personas muertas a tiros en un colegio de Zaragoza',
      ],
      explosion: [
        'Un estruendo enorme ahora mismo en Zaragoza, toda la casa tembló y se rompieron los cristales',
        'Una explosión de gas destruyó dos casas en nuestra calle en Zaragoza, humo por todas partes',
        'ÚLTIMA HORA: explosión en una planta química cerca de Zaragoza',
        'Tres trabajadores heridos en una explosión en una fábrica de Zaragoza',
      ],
      fire: [
        'Un incendio enorme enfrente de mi casa en Zaragoza, salen llamas del tejado',
        'Arde la nave del polígono, una columna de humo negro sobre Zaragoza',
        'Los bomberos luchan contra un gran incendio en un edificio de Zaragoza',
        'Dos personas murieron en el incendio de una vivienda en Zaragoza esta noche',
      ],
      earthquake: [
        'Madre mía, el edificio en Zaragoza se ha movido unos 10 segundos, se han caído cosas de las estanterías',
        'Fuerte temblor ahora mismo, las ventanas vibraban y la lámpara se balanceaba. Zaragoza',
        'Un terremoto sacude Aragón, se sintió con fuerza en Zaragoza',
        'Grietas en las paredes y se cayó la chimenea tras el sismo en Zaragoza',
      ],
      storm: [
        'El viento aquí en Zaragoza es una locura, árboles caídos en nuestra calle y sin luz',
        'La tormenta arrancó el techo del colegio en Zaragoza, escombros por toda la calle',
        'Un tornado toca tierra cerca de Zaragoza, varias casas dañadas',
        'Una granizada rompió lunas de coches en toda Zaragoza esta tarde',
      ],
      flood: [
        'Nuestra calle en Zaragoza está bajo el agua, el Ebro se desbordó hace una hora',
        'El agua llega a las puertas de los coches en el centro de Zaragoza, tiendas anegadas',
        'Riadas en Zaragoza: vecinos rescatados de los tejados',
        'Dos muertos por las inundaciones en Zaragoza, el río sigue subiendo',
      ],
      crash: [
        'Acabo de ver un autobús chocar contra un camión en la ronda de Zaragoza, hay gente atrapada',
        'Descarrila un tren cerca de Zaragoza, vagones volcados',
        'ÚLTIMA HORA: una avioneta se estrella en un campo cerca de Zaragoza',
        'Cinco heridos en un choque múltiple en la autovía cerca de Zaragoza',
      ],
      collapse: [
        'Se acaba de derrumbar el cine viejo de nuestra calle en Zaragoza, una nube de polvo enorme',
        'Un puente se ha hundido en el río en Zaragoza, con coches encima',
        'Derrumbe de un edificio en Zaragoza: personas atrapadas bajo los escombros',
        'Cede un balcón durante una fiesta en Zaragoza, 6 heridos',
      ],
      unrest: [
        'Antidisturbios lanzando gases lacrimógenos contra manifestantes en el centro de Zaragoza ahora mismo',
        'Coches quemados y escaparates rotos tras los disturbios de anoche en Zaragoza',
        'Violentos enfrentamientos entre manifestantes y policía en Zaragoza',
        'Saqueos en el centro de Zaragoza, vacían las tiendas y no hay policía',
      ],
    },
    non: {
      attack: [
        'Casi me da un infarto con los penaltis anoche en Zaragoza 😂',
        'Hace diez años el atentado de Zaragoza dejó 6 muertos. No los olvidamos.',
      ],
      explosion: [
        'Me va a explotar la cabeza con este atasco en Zaragoza',
        'La explosión demográfica en los barrios de Zaragoza dispara los alquileres',
      ],
      fire: [
        'Esta canción nueva es fuego 🔥 Zaragoza presente',
        'Riesgo de incendio muy alto en Aragón este fin de semana, cuidado con las barbacoas',
      ],
      earthquake: [
        'Esa noticia fue un terremoto político para el partido',
        'Hoy hace 20 años un terremoto sacudió Zaragoza',
      ],
      storm: [
        'Alerta por tormenta en Zaragoza mañana, rachas de hasta 100 km/h',
        'Una tormenta de críticas tras el discurso del alcalde de Zaragoza',
      ],
      flood: [
        'Mi correo está inundado de mensajes después de las vacaciones',
        'Se esperan lluvias fuertes en Zaragoza el viernes, posibles inundaciones',
      ],
      crash: [
        'Choque de trenes este domingo: el Zaragoza contra el Huesca, partidazo',
        'El crash del bitcoin borra miles de millones',
      ],
      collapse: [
        'El derrumbe del euro está matando a las pequeñas empresas',
        'El Zaragoza se derrumbó en los últimos 10 minutos y perdió 3-1',
      ],
      unrest: [
        'Manifestación convocada en Zaragoza el sábado contra el nuevo impuesto',
        'Los disturbios de Zaragoza en 2005 cambiaron la ciudad',
      ],
    },
  },
  it: {
    city: 'Perugia',
    country: 'IT',
    reports: {
      attack: [
        'Spari davanti al centro commerciale a Perugia, gente che corre ovunque, mi sono nascosto in un negozio',
        'Un uomo ha accoltellato diverse persone alla stazione dei pullman di Perugia oggi pomeriggio',
        "ULTIMA ORA: sparatoria nel centro di Perugia, l'aggressore ancora in fuga",
        'Quattro persone uccise a colpi di pistola in una scuola di Perugia',
      ],
      explosion: [
        'Un boato enorme adesso a Perugia, tutta la casa ha tremato e i vetri sono andati in frantumi',
        "Un'esplosione di gas ha distrutto due case nella nostra via a Perugia, fumo dappertutto",
        'ULTIMA ORA: esplosione in un impianto chimico vicino a Perugia',
        "Tre operai feriti in un'esplosione in una fabbrica di Perugia",
      ],
      fire: [
        'Un incendio enorme davanti a casa mia a Perugia, le fiamme escono dal tetto',
        'Brucia il capannone della zona industriale, una colonna di fumo nero su Perugia',
        'I vigili del fuoco combattono un grosso incendio in un palazzo di Perugia',
        "Due persone morte nell'incendio di un appartamento a Perugia stanotte",
      ],
      earthquake: [
        'Mamma mia, il palazzo a Perugia ha ballato per una decina di secondi, sono caduti i soprammobili',
        'Forte scossa adesso, i vetri vibravano e il lampadario oscillava. Perugia',
        "Un terremoto colpisce l'Umbria, avvertito forte a Perugia",
        'Crepe nei muri e il comignolo è caduto dopo il sisma a Perugia',
      ],
      storm: [
        'Il vento qui a Perugia è pazzesco, alberi caduti nella nostra via e niente corrente',
        'La tempesta ha scoperchiato il tetto della scuola a Perugia, detriti ovunque sulla strada',
        "Una tromba d'aria si abbatte vicino a Perugia, diverse case danneggiate",
        'Una grandinata ha sfondato i vetri delle auto in tutta Perugia oggi pomeriggio',
      ],
      flood: [
        "La nostra via a Perugia è sott'acqua, il Tevere è uscito dagli argini un'ora fa",
        "L'acqua arriva alle portiere delle auto nel centro di Perugia, negozi allagati",
        'Alluvione lampo a Perugia: persone salvate dai tetti',
        "Due morti per l'alluvione a Perugia, il fiume continua a salire",
      ],
      crash: [
        'Ho appena visto un autobus schiantarsi contro un camion sulla tangenziale di Perugia, gente incastrata',
        'Treno deragliato vicino a Perugia, vagoni rovesciati',
        'ULTIMA ORA: piccolo aereo precipita in un campo vicino a Perugia',
        "Cinque feriti in un tamponamento a catena sull'autostrada vicino a Perugia",
      ],
      collapse: [
        'È appena crollato il vecchio cinema nella nostra via a Perugia, un nuvolone di polvere',
        'Un ponte è venuto giù nel fiume a Perugia, con le auto sopra',
        'Crollo di una palazzina a Perugia: persone sotto le macerie',
        'Cede un balcone durante una festa a Perugia, 6 feriti',
      ],
      unrest: [
        'La polizia sta lanciando lacrimogeni sui manifestanti nel centro di Perugia in questo momento',
        'Auto bruciate e vetrine spaccate dopo gli scontri di stanotte a Perugia',
        'Violenti scontri tra manifestanti e polizia a Perugia',
        "Saccheggi in corso Vannucci a Perugia, svuotano i negozi e la polizia non c'è",
      ],
    },
    non: {
      attack: [
        'Quasi un infarto durante i rigori ieri sera a Perugia 😂',
        "Dieci anni fa l'attentato di Perugia fece 6 morti. Non li dimentichiamo.",
      ],
      explosion: [
        'Mi sta per esplodere la testa con questo traffico a Perugia',
        "L'esplosione demografica nelle periferie di Perugia fa salire gli affitti",
      ],
      fire: [
        'Questa canzone nuova è fuoco 🔥 Perugia c’è',
        'Rischio incendi molto alto in Umbria questo fine settimana, attenzione ai barbecue',
      ],
      earthquake: [
        'Questa notizia è un terremoto politico per il partito',
        'Oggi 20 anni fa il terremoto colpiva Perugia',
      ],
      storm: [
        'Allerta meteo per Perugia domani, raffiche fino a 100 km/h previste',
        'Una tempesta di critiche dopo il discorso del sindaco di Perugia',
      ],
      flood: [
        'La mia casella è inondata di mail dopo le ferie',
        'Piogge forti previste a Perugia venerdì, possibili allagamenti',
      ],
      crash: [
        'Scontro al vertice nel partito, Rossi contro Bianchi',
        'Mi si è schiantato il pc di nuovo e ho perso tutta la tesi',
      ],
      collapse: [
        "Il crollo dell'euro sta uccidendo le piccole imprese",
        'Il Perugia è crollato negli ultimi 10 minuti e ha perso 3-1',
      ],
      unrest: [
        'Manifestazione prevista a Perugia sabato contro la nuova tassa',
        'Gli scontri di Perugia del 2005 hanno cambiato la città',
      ],
    },
  },
  pt: {
    city: 'Recife',
    country: 'BR',
    reports: {
      attack: [
        'Tiros na frente do shopping em Recife, gente correndo pra todo lado, tô escondido numa loja',
        'Um homem esfaqueou várias pessoas na rodoviária de Recife hoje à tarde',
        'URGENTE: tiroteio no centro de Recife, atirador continua foragido',
        'Quatro pessoas mortas a tiros numa escola em Recife',
      ],
      explosion: [
        'Estrondo enorme agora em Recife, a casa toda tremeu e os vidros estouraram',
        'Explosão de gás destruiu duas casas na nossa rua em Recife, fumaça pra todo lado',
        'URGENTE: explosão em fábrica química perto de Recife',
        'Três trabalhadores feridos em explosão numa fábrica de Recife',
      ],
      fire: [
        'Incêndio enorme na frente da minha casa em Recife, chamas saindo do telhado',
        'O galpão do porto está pegando fogo, fumaça preta cobrindo Recife',
        'Bombeiros combatem grande incêndio em prédio de Recife',
        'Duas pessoas morreram no incêndio de uma casa em Recife nesta madrugada',
      ],
      earthquake: [
        'Gente, o prédio em Recife balançou uns 10 segundos, caiu coisa da estante',
        'Tremor forte agora, as janelas vibraram e o lustre ficou balançando. Recife',
        'Terremoto atinge Pernambuco e é sentido com força em Recife',
        "Rachaduras nas paredes e a caixa d'água caiu depois do sismo em Recife",
      ],
      storm: [
        'O vento aqui em Recife tá absurdo, árvores caídas na nossa rua e sem luz',
        'O temporal arrancou o telhado da escola em Recife, destroços por toda a rua',
        'Tornado atinge área perto de Recife, várias casas danificadas',
        'Chuva de granizo quebrou vidros de carros em toda Recife hoje à tarde',
      ],
      flood: [
        "Nossa rua em Recife tá debaixo d'água, o Capibaribe transbordou faz uma hora",
        'Água na altura das portas dos carros no centro de Recife, lojas alagadas',
        'Enchente em Recife: moradores resgatados dos telhados',
        'Dois mortos na enchente em Recife, o rio continua subindo',
      ],
      crash: [
        'Acabei de ver um ônibus bater num caminhão na avenida em Recife, gente presa nas ferragens',
        'Trem descarrila perto de Recife, vagões tombados',
        'URGENTE: avião de pequeno porte cai em área perto de Recife',
        'Cinco feridos em engavetamento na rodovia perto de Recife',
      ],
      collapse: [
        'O cinema velho da nossa rua em Recife acabou de desabar, uma nuvem de poeira enorme',
        'Uma ponte caiu no rio em Recife, com carros em cima',
        'Desabamento de prédio em Recife: pessoas presas nos escombros',
        'Sacada cedeu durante uma festa em Recife, 6 feridos',
      ],
      unrest: [
        'A polícia tá jogando gás lacrimogêneo nos manifestantes no centro de Recife agora',
        'Carros queimados e vitrines quebradas depois dos confrontos de ontem à noite em Recife',
        'Confronto violento entre manifestantes e polícia em Recife',
        'Saques na avenida Conde da Boa Vista em Recife, lojas sendo esvaziadas, nenhum policial',
      ],
    },
    non: {
      attack: [
        'Quase tive um infarto nos pênaltis ontem à noite em Recife 😂',
        'Há dez anos o atentado de Recife deixou 6 mortos. Não esqueceremos.',
      ],
      explosion: [
        'Minha cabeça vai explodir com esse trânsito de Recife',
        'A explosão demográfica na periferia de Recife faz os aluguéis subirem',
      ],
      fire: [
        'Essa música nova é fogo 🔥 Recife tá on',
        'Risco de incêndio muito alto em Pernambuco neste fim de semana',
      ],
      earthquake: ['Essa notícia foi um terremoto político para o governo', 'Há 20 anos um terremoto sacudiu Recife'],
      storm: [
        'Alerta de tempestade para Recife amanhã, ventos de até 90 km/h',
        'Uma tempestade de críticas após o discurso do prefeito de Recife',
      ],
      flood: [
        'Minha caixa de entrada tá inundada de e-mails depois das férias',
        'Previsão de chuva forte em Recife na sexta, possíveis alagamentos',
      ],
      crash: ['Choque de realidade: o Sport perdeu de novo', 'A queda do bitcoin apaga bilhões'],
      collapse: [
        'O colapso do real tá matando as pequenas empresas',
        'O Sport desabou nos últimos 10 minutos e perdeu de 3 a 1',
      ],
      unrest: [
        'Protesto marcado em Recife no sábado contra o novo imposto',
        'Os protestos de Recife em 2013 mudaram a cidade',
      ],
    },
  },
  nl: {
    city: 'Utrecht',
    country: 'NL',
    reports: {
      attack: [
        'Schoten bij het winkelcentrum in Utrecht, mensen rennen alle kanten op, ik zit verstopt in een winkel',
        'Een man heeft vanmiddag meerdere mensen neergestoken bij het busstation in Utrecht',
        'BREAKING: schietpartij in het centrum van Utrecht, schutter nog voortvluchtig',
        'Vier mensen doodgeschoten op een school in Utrecht',
      ],
      explosion: [
        'Enorme knal net in Utrecht, het hele huis schudde en de ruiten sprongen eruit',
        'Gasexplosie heeft twee huizen in onze straat in Utrecht verwoest, overal rook',
        'BREAKING: explosie bij chemische fabriek bij Utrecht',
        'Drie arbeiders gewond bij explosie in een fabriek in Utrecht',
      ],
      fire: [
        'Enorme brand tegenover mijn huis in Utrecht, vlammen slaan uit het dak',
        'Het pakhuis aan de kade staat in lichterlaaie, dikke zwarte rook boven Utrecht',
        'Brandweer bestrijdt grote brand in een flat in Utrecht',
        'Twee mensen omgekomen bij woningbrand in Utrecht vannacht',
      ],
      earthquake: [
        "Whoa, ons gebouw in Utrecht schudde zo'n 10 seconden, er vielen spullen uit de kast",
        'Net een flinke trilling, de ramen rammelden en de lamp zwaaide heen en weer. Utrecht',
        'Aardbeving in Midden-Nederland, goed gevoeld in Utrecht',
        'Scheuren in de muren en de schoorsteen is naar beneden gekomen na de aardbeving in Utrecht',
      ],
      storm: [
        'De wind hier in Utrecht is niet normaal, bomen omgewaaid in onze straat en de stroom is uitgevallen',
        'De storm heeft het dak van de school in Utrecht geblazen, overal puin op straat',
        'Windhoos raast over dorp bij Utrecht, meerdere huizen beschadigd',
        'Hagelbui heeft vanmiddag in heel Utrecht autoruiten kapotgeslagen',
      ],
      flood: [
        'Onze straat in Utrecht staat onder water, de rivier is een uur geleden buiten haar oevers getreden',
        'Water tot aan de portieren in het centrum van Utrecht, winkels overstroomd',
        'Wateroverlast in Utrecht: bewoners van daken gered',
        'Twee doden door overstroming in Utrecht, het water blijft stijgen',
      ],
      crash: [
        'Net gezien hoe een bus op een vrachtwagen knalde op de ringweg in Utrecht, mensen bekneld',
        'Trein ontspoord bij Utrecht, wagons op hun kant',
        'BREAKING: klein vliegtuig neergestort in weiland bij Utrecht',
        'Vijf gewonden bij kettingbotsing op de snelweg bij Utrecht',
      ],
      collapse: [
        'De oude bioscoop in onze straat in Utrecht is net ingestort, enorme stofwolk',
        "Een brug is in de rivier gestort in Utrecht, auto's zijn meegevallen",
        'Gebouw ingestort in Utrecht: mensen bedolven onder het puin',
        'Balkon bezweken tijdens feestje in Utrecht, 6 gewonden',
      ],
      unrest: [
        'ME schiet nu traangas op demonstranten in het centrum van Utrecht',
        "Uitgebrande auto's en ingeslagen ruiten na rellen in Utrecht vannacht",
        'Harde confrontaties tussen demonstranten en politie in Utrecht',
        'Plunderingen aan de Oudegracht in Utrecht, winkels worden leeggehaald, geen politie te zien',
      ],
    },
    non: {
      attack: [
        "Bijna een hartaanval gekregen bij de penalty's gisteravond in Utrecht 😂",
        'Tien jaar geleden de aanslag in Utrecht met 6 doden. We vergeten ze niet.',
      ],
      explosion: [
        'Mijn hoofd ontploft zo, die file in Utrecht is niet te doen',
        'Bevolkingsexplosie in de Utrechtse wijken drijft de huren op',
      ],
      fire: [
        'Dat nieuwe nummer is echt vuur 🔥 Utrecht represent',
        'Zeer hoog risico op natuurbrand dit weekend, pas op met barbecueën',
      ],
      earthquake: [
        'Dit nieuws is een politieke aardbeving voor de partij',
        'Vandaag 30 jaar geleden: aardbeving voelbaar in Utrecht',
      ],
      storm: [
        'Code oranje voor Utrecht morgen, windstoten tot 100 km/u verwacht',
        'Een storm van kritiek na de speech van de burgemeester van Utrecht',
      ],
      flood: [
        'Mijn inbox wordt overspoeld met mails na de vakantie',
        'Zware regen verwacht in Utrecht vrijdag, kans op wateroverlast',
      ],
      crash: ['Mijn laptop is weer gecrasht en mijn hele scriptie is weg', 'Bitcoin crash: miljarden verdampt'],
      collapse: [
        'De ineenstorting van de euro maakt kleine bedrijven kapot',
        'FC Utrecht stortte in de laatste 10 minuten in en verloor met 3-1',
      ],
      unrest: [
        'Demonstratie gepland in Utrecht zaterdag tegen de nieuwe belasting',
        'De rellen in Utrecht in 2005 hebben de stad veranderd',
      ],
    },
  },
  pl: {
    city: 'Kraków',
    country: 'PL',
    reports: {
      attack: [
        'Strzały przed galerią w Krakowie, ludzie uciekają we wszystkie strony, schowałem się w sklepie',
        'Mężczyzna dźgnął nożem kilka osób na dworcu autobusowym w Krakowie',
        'PILNE: strzelanina w centrum Krakowa, sprawca wciąż na wolności',
        'Cztery osoby zastrzelone w szkole w Krakowie',
      ],
      explosion: [
        'Potężny huk przed chwilą w Krakowie, cały dom się zatrząsł i wyleciały szyby',
        'Wybuch gazu zniszczył dwa domy na naszej ulicy w Krakowie, wszędzie dym',
        'PILNE: eksplozja w zakładach chemicznych pod Krakowem',
        'Trzech pracowników rannych w wybuchu w fabryce w Krakowie',
      ],
      fire: [
        'Ogromny pożar naprzeciwko mnie w Krakowie, płomienie wychodzą z dachu',
        'Płonie hala magazynowa, gęsty czarny dym nad Krakowem',
        'Strażacy walczą z dużym pożarem wieżowca w Krakowie',
        'Dwie osoby zginęły w pożarze domu w Krakowie w nocy',
      ],
      earthquake: [
        'Ale jazda, budynek w Krakowie trząsł się z 10 sekund, rzeczy spadły z półek',
        'Silny wstrząs przed chwilą, szyby drżały a lampa się kołysała. Kraków',
        'Trzęsienie ziemi w Małopolsce, mocno odczuwalne w Krakowie',
        'Pęknięcia na ścianach i komin spadł po trzęsieniu ziemi w Krakowie',
      ],
      storm: [
        'Wiatr tu w Krakowie jest szalony, drzewa powalone na naszej ulicy i nie ma prądu',
        'Wichura zerwała dach szkoły w Krakowie, gruz na całej ulicy',
        'Trąba powietrzna przeszła koło Krakowa, kilka domów uszkodzonych',
        'Gradobicie potłukło dziś szyby w samochodach w całym Krakowie',
      ],
      flood: [
        'Nasza ulica w Krakowie jest pod wodą, Wisła wylała godzinę temu',
        'Woda do drzwi samochodów w centrum Krakowa, sklepy zalane',
        'Powódź w Krakowie: mieszkańcy ratowani z dachów',
        'Dwie ofiary śmiertelne powodzi w Krakowie, woda wciąż rośnie',
      ],
      crash: [
        'Widziałem, jak autobus wjechał w ciężarówkę na obwodnicy Krakowa, ludzie zakleszczeni',
        'Pociąg wykoleił się pod Krakowem, wagony przewrócone na bok',
        'PILNE: mały samolot rozbił się na polu pod Krakowem',
        'Pięć osób rannych w karambolu na autostradzie pod Krakowem',
      ],
      collapse: [
        'Stare kino na naszej ulicy w Krakowie właśnie się zawaliło, ogromna chmura pyłu',
        'Most runął do rzeki w Krakowie, samochody spadły razem z nim',
        'Katastrofa budowlana w Krakowie: ludzie pod gruzami',
        'Balkon oderwał się podczas imprezy w Krakowie, 6 rannych',
      ],
      unrest: [
        'Policja strzela teraz gazem łzawiącym w demonstrantów w centrum Krakowa',
        'Spalone samochody i wybite witryny po zamieszkach w Krakowie tej nocy',
        'Ostre starcia demonstrantów z policją w Krakowie',
        'Plądrowanie sklepów na Floriańskiej w Krakowie, policji nie ma',
      ],
    },
    non: {
      attack: [
        'Prawie dostałem zawału przy karnych wczoraj w Krakowie 😂',
        'Dziesięć lat temu zamach w Krakowie zabił 6 osób. Pamiętamy.',
      ],
      explosion: [
        'Zaraz mi głowa wybuchnie, te korki w Krakowie to koszmar',
        'Eksplozja demograficzna na przedmieściach Krakowa podnosi czynsze',
      ],
      fire: [
        'Ten nowy kawałek to ogień 🔥 Kraków pozdrawia',
        'Bardzo wysokie zagrożenie pożarowe w lasach w ten weekend, uważajcie z grillem',
      ],
      earthquake: [
        'Ta wiadomość to polityczne trzęsienie ziemi dla partii',
        '20 lat temu trzęsienie ziemi było odczuwalne w Krakowie',
      ],
      storm: [
        'Ostrzeżenie przed burzami dla Krakowa na jutro, porywy do 100 km/h',
        'Burza krytyki po przemówieniu prezydenta Krakowa',
      ],
      flood: [
        'Moja skrzynka jest zalana mailami po urlopie',
        'Silne opady prognozowane w Krakowie w piątek, możliwe podtopienia',
      ],
      crash: ['Krach na bitcoinie, miliardy wyparowały', 'Zderzenie z rzeczywistością: Wisła znowu przegrała'],
      collapse: ['Załamanie złotego dobija małe firmy', 'Wisła posypała się w ostatnich 10 minutach i przegrała 1:3'],
      unrest: [
        'W sobotę w Krakowie planowany protest przeciw nowemu podatkowi',
        'Zamieszki w Krakowie w 2005 zmieniły miasto',
      ],
    },
  },
  ru: {
    city: 'Kazan',
    country: 'RU',
    reports: {
      attack: [
        'Выстрелы у торгового центра в Казани, люди бегут во все стороны, я спрятался в магазине',
        'Мужчина с ножом напал на несколько человек на автовокзале в Казани',
        'СРОЧНО: стрельба в центре Казани, стрелок скрылся',
        'Четыре человека застрелены в школе в Казани',
      ],
      explosion: [
        'Только что мощный хлопок в Казани, весь дом затрясся и вылетели стёкла',
        'Взрыв газа разрушил два дома на нашей улице в Казани, везде дым',
        'СРОЧНО: взрыв на химическом заводе под Казанью',
        'Трое рабочих пострадали при взрыве на заводе в Казани',
      ],
      fire: [
        'Огромный пожар напротив моего дома в Казани, пламя вырывается из крыши',
        'Горит склад у реки, густой чёрный дым над Казанью',
        'Пожарные тушат крупный пожар в высотке в Казани',
        'Два человека погибли при пожаре в частном доме в Казани ночью',
      ],
      earthquake: [
        'Ого, наш дом в Казани качало секунд 10, с полок попадали вещи',
        'Сильный толчок только что, окна дрожали и люстра качалась. Казань',
        'Землетрясение в Татарстане, сильно ощущалось в Казани',
        'Трещины в стенах и упала труба после землетрясения в Казани',
      ],
      storm: [
        'Ветер у нас в Казани бешеный, деревья повалены на нашей улице и нет света',
        'Ураган сорвал крышу со школы в Казани, обломки по всей дороге',
        'Смерч прошёл возле Казани, повреждены несколько домов',
        'Град сегодня разбил стёкла машин по всей Казани',
      ],
      flood: [
        'Наша улица в Казани под водой, река вышла из берегов час назад',
        'Вода по двери машин в центре Казани, магазины затоплены',
        'Наводнение в Казани: людей снимают с крыш',
        'Двое погибших при наводнении в Казани, вода продолжает прибывать',
      ],
      crash: [
        'Только что видел, как автобус врезался в фуру на объездной в Казани, люди зажаты',
        'Поезд сошёл с рельсов под Казанью, вагоны опрокинулись',
        'СРОЧНО: легкомоторный самолёт рухнул на поле под Казанью',
        'Пять человек пострадали в массовом ДТП на трассе под Казанью',
      ],
      collapse: [
        'Старый кинотеатр на нашей улице в Казани только что обрушился, огромное облако пыли',
        'Мост рухнул в реку в Казани, машины упали вместе с ним',
        'Обрушение дома в Казани: люди под завалами',
        'Балкон обвалился во время вечеринки в Казани, 6 пострадавших',
      ],
      unrest: [
        'ОМОН сейчас применяет слезоточивый газ против протестующих в центре Казани',
        'Сожжённые машины и разбитые витрины после беспорядков в Казани ночью',
        'Жёсткие столкновения протестующих с полицией в Казани',
        'Мародёры грабят магазины на Баумана в Казани, полиции нет',
      ],
    },
    non: {
      attack: [
        'Чуть не получил инфаркт на пенальти вчера в Казани 😂',
        'Десять лет назад теракт в Казани унёс 6 жизней. Помним.',
      ],
      explosion: [
        'Голова сейчас взорвётся от этих пробок в Казани',
        'Демографический взрыв в пригородах Казани поднимает аренду',
      ],
      fire: [
        'Новый трек просто огонь 🔥 Казань на связи',
        'Высокая пожароопасность в лесах на выходных, осторожнее с шашлыками',
      ],
      earthquake: [
        'Эта новость стала политическим землетрясением для партии',
        '20 лет назад землетрясение ощущалось в Казани',
      ],
      storm: [
        'Штормовое предупреждение в Казани на завтра, порывы до 25 м/с',
        'Буря критики после выступления мэра Казани',
      ],
      flood: ['Чат затопили мемами после матча 😂', 'Сильные дожди ожидаются в Казани в пятницу, возможны подтопления'],
      crash: ['Крах биткоина: испарились миллиарды', 'Столкновение интересов в совете директоров'],
      collapse: ['Обвал рубля убивает малый бизнес', 'Рубин развалился в последние 10 минут и проиграл 1:3'],
      unrest: [
        'В субботу в Казани планируется митинг против нового налога',
        'Беспорядки в Казани в 2005 году изменили город',
      ],
    },
  },
  uk: {
    city: 'Kharkiv',
    country: 'UA',
    reports: {
      attack: [
        'Постріли біля торгового центру в Харкові, люди біжать навсібіч, я сховався в магазині',
        'Чоловік з ножем напав на кількох людей на автовокзалі в Харкові',
        'ТЕРМІНОВО: стрілянина в центрі Харкова, стрілець утік',
        'Чотирьох людей застрелено в школі в Харкові',
      ],
      explosion: [
        'Щойно потужний гуркіт у Харкові, весь будинок затрусило і вилетіли шибки',
        'Вибух газу зруйнував два будинки на нашій вулиці в Харкові, всюди дим',
        'ТЕРМІНОВО: вибух на хімічному заводі під Харковом',
        'Троє робітників постраждали внаслідок вибуху на заводі в Харкові',
      ],
      fire: [
        "Величезна пожежа навпроти мого будинку в Харкові, полум'я виривається з даху",
        'Горить склад біля річки, густий чорний дим над Харковом',
        'Рятувальники гасять велику пожежу у багатоповерхівці в Харкові',
        'Двоє людей загинули під час пожежі в приватному будинку в Харкові вночі',
      ],
      earthquake: [
        'Ого, наш будинок у Харкові хитало секунд 10, з полиць попадали речі',
        'Сильний поштовх щойно, вікна дрижали і люстра гойдалася. Харків',
        'Землетрус в Україні, сильно відчувався в Харкові',
        'Тріщини в стінах і впав комин після землетрусу в Харкові',
      ],
      storm: [
        'Вітер у нас у Харкові шалений, дерева повалені на нашій вулиці і немає світла',
        'Буревій зірвав дах зі школи в Харкові, уламки по всій дорозі',
        'Смерч пройшов біля Харкова, пошкоджено кілька будинків',
        'Град сьогодні розбив скло машин по всьому Харкову',
      ],
      flood: [
        'Наша вулиця в Харкові під водою, річка вийшла з берегів годину тому',
        'Вода по двері машин у центрі Харкова, магазини затоплені',
        'Повінь у Харкові: людей знімають з дахів',
        'Двоє загиблих через повінь у Харкові, вода продовжує прибувати',
      ],
      crash: [
        'Щойно бачив, як автобус врізався у фуру на окружній у Харкові, люди затиснуті',
        'Потяг зійшов з рейок під Харковом, вагони перекинулися',
        'ТЕРМІНОВО: легкомоторний літак впав на поле під Харковом',
        "П'ятеро людей постраждали в масовій ДТП на трасі під Харковом",
      ],
      collapse: [
        'Старий кінотеатр на нашій вулиці в Харкові щойно обвалився, величезна хмара пилу',
        'Міст обвалився в річку в Харкові, машини впали разом з ним',
        'Обвал будинку в Харкові: люди під завалами',
        'Балкон обвалився під час вечірки в Харкові, 6 постраждалих',
      ],
      unrest: [
        'Поліція зараз застосовує сльозогінний газ проти протестувальників у центрі Харкова',
        'Спалені машини і розбиті вітрини після заворушень у Харкові вночі',
        'Жорсткі сутички протестувальників з поліцією в Харкові',
        'Мародери грабують магазини на Сумській у Харкові, поліції немає',
      ],
    },
    non: {
      attack: [
        'Ледь не отримав інфаркт на пенальті вчора в Харкові 😂',
        "Десять років тому теракт у Харкові забрав 6 життів. Пам'ятаємо.",
      ],
      explosion: [
        'Голова зараз вибухне від цих заторів у Харкові',
        'Демографічний вибух у передмістях Харкова піднімає оренду',
      ],
      fire: [
        "Новий трек просто вогонь 🔥 Харків на зв'язку",
        'Висока пожежна небезпека в лісах на вихідних, обережно з мангалами',
      ],
      earthquake: ['Ця новина стала політичним землетрусом для партії', '20 років тому землетрус відчувався в Харкові'],
      storm: ['Штормове попередження в Харкові на завтра, пориви до 25 м/с', 'Буря критики після виступу мера Харкова'],
      flood: ['Чат затопили мемами після матчу 😂', "Сильні дощі очікуються в Харкові в п'ятницю, можливі підтоплення"],
      crash: ['Крах біткоїна: випарувалися мільярди', 'Зіткнення інтересів у раді директорів'],
      collapse: ['Обвал гривні вбиває малий бізнес', 'Металіст розвалився в останні 10 хвилин і програв 1:3'],
      unrest: [
        'У суботу в Харкові планується мітинг проти нового податку',
        'Заворушення в Харкові у 2005 році змінили місто',
      ],
    },
  },
  tr: {
    city: 'Izmir',
    country: 'TR',
    reports: {
      attack: [
        "İzmir'de AVM'nin önünde silah sesleri, insanlar her yöne kaçıyor, bir dükkana saklandım",
        'Bir adam bugün öğleden sonra İzmir otogarında birkaç kişiyi bıçakladı',
        'SON DAKİKA: İzmir merkezde silahlı saldırı, saldırgan kaçtı',
        "İzmir'de bir okulda dört kişi silahla öldürüldü",
      ],
      explosion: [
        "Az önce İzmir'de çok büyük bir patlama sesi, bütün ev sallandı ve camlar kırıldı",
        "Doğalgaz patlaması İzmir'de sokağımızdaki iki evi yıktı, her yer duman",
        'SON DAKİKA: İzmir yakınlarında kimya fabrikasında patlama',
        "İzmir'de bir fabrikada meydana gelen patlamada üç işçi yaralandı",
      ],
      fire: [
        "İzmir'de karşımdaki binada büyük yangın, alevler çatıdan çıkıyor",
        "Limandaki depo yanıyor, İzmir'in üstünde kapkara duman",
        "İtfaiye İzmir'de bir apartmanda çıkan büyük yangınla mücadele ediyor",
        "İzmir'de gece bir evde çıkan yangında iki kişi hayatını kaybetti",
      ],
      earthquake: [
        "Oha, İzmir'de bina 10 saniye kadar sallandı, raflardan eşyalar düştü",
        'Az önce kuvvetli sarsıntı, camlar titredi avize sallandı. İzmir',
        "Ege'de deprem, İzmir'de şiddetli hissedildi",
        "İzmir'deki depremden sonra duvarlarda çatlaklar var, baca yıkıldı",
      ],
      storm: [
        "İzmir'de rüzgar çılgın gibi, sokağımızda ağaçlar devrildi ve elektrik yok",
        "Fırtına İzmir'de okulun çatısını uçurdu, her yerde enkaz",
        'İzmir yakınlarında hortum, birçok ev hasar gördü',
        "Dolu bugün öğleden sonra İzmir'in her yerinde araba camlarını kırdı",
      ],
      flood: [
        "İzmir'de sokağımız sular altında, dere bir saat önce taştı",
        'İzmir merkezde su arabaların kapılarına kadar çıktı, dükkanları su bastı',
        "İzmir'de sel: insanlar çatılardan kurtarıldı",
        "İzmir'deki selde iki kişi öldü, su yükselmeye devam ediyor",
      ],
      crash: [
        'İzmir çevre yolunda bir otobüsün tıra çarptığını gördüm, içeride sıkışan insanlar var',
        'İzmir yakınlarında tren raydan çıktı, vagonlar devrildi',
        'SON DAKİKA: İzmir yakınlarında küçük bir uçak tarlaya düştü',
        "İzmir'de otoyolda zincirleme kaza: 5 yaralı",
      ],
      collapse: [
        "İzmir'de sokağımızdaki eski sinema az önce çöktü, kocaman bir toz bulutu",
        "İzmir'de bir köprü nehre çöktü, üstündeki arabalar da düştü",
        "İzmir'de bina çöktü: enkaz altında kalanlar var",
        "İzmir'de bir partide balkon çöktü, 6 yaralı",
      ],
      unrest: [
        'Polis şu an İzmir merkezde göstericilere biber gazı sıkıyor',
        "İzmir'de dün geceki olayların ardından yanmış arabalar ve kırık vitrinler",
        "İzmir'de göstericilerle polis arasında şiddetli çatışma",
        'İzmir Kemeraltı’nda yağma, dükkanlar boşaltılıyor, polis yok',
      ],
    },
    non: {
      attack: [
        "Dün akşam İzmir'de penaltılarda az kalsın kalp krizi geçiriyordum 😂",
        'On yıl önce bugün İzmir saldırısında 6 kişi hayatını kaybetti. Unutmadık.',
      ],
      explosion: [
        'Kafam patlayacak, bu İzmir trafiği çekilmez',
        "İzmir'in banliyölerindeki nüfus patlaması kiraları uçurdu",
      ],
      fire: [
        'Bu yeni şarkı ateş gibi 🔥 İzmir burada',
        'Hafta sonu orman yangını riski çok yüksek, mangal yakarken dikkat',
      ],
      earthquake: ['Bu haber parti için siyasi bir deprem oldu', "20 yıl önce bugün İzmir'de hissedilen deprem"],
      storm: [
        'İzmir için yarın fırtına uyarısı, rüzgar hızı 90 km’ye ulaşabilir',
        'Belediye başkanının konuşmasından sonra eleştiri fırtınası',
      ],
      flood: [
        'Tatilden sonra gelen kutum mesaj seline döndü',
        "İzmir'de cuma günü kuvvetli yağış bekleniyor, sel riski var",
      ],
      crash: ["Bitcoin'de çöküş, milyarlar buhar oldu", 'Toplantıda müdürle yine kafa kafaya çarpıştık 😂'],
      collapse: ['Liranın çöküşü küçük işletmeleri bitiriyor', 'Göztepe son 10 dakikada çöktü ve 3-1 kaybetti'],
      unrest: ["Cumartesi İzmir'de yeni vergiye karşı eylem planlanıyor", "2005'teki İzmir olayları şehri değiştirdi"],
    },
  },
  id: {
    city: 'Surabaya',
    country: 'ID',
    reports: {
      attack: [
        'Suara tembakan di depan mal di Surabaya, orang-orang lari ke mana-mana, aku sembunyi di toko',
        'Seorang pria menusuk beberapa orang di terminal bus Surabaya sore ini',
        'BREAKING: penembakan di pusat kota Surabaya, pelaku masih kabur',
        'Empat orang tewas ditembak di sebuah sekolah di Surabaya',
      ],
      explosion: [
        'Barusan dentuman keras banget di Surabaya, rumah goyang semua dan kaca pecah',
        'Ledakan gas menghancurkan dua rumah di jalan kami di Surabaya, asap di mana-mana',
        'BREAKING: ledakan di pabrik kimia dekat Surabaya',
        'Tiga pekerja luka-luka akibat ledakan di pabrik di Surabaya',
      ],
      fire: [
        'Kebakaran besar di depan rumahku di Surabaya, api keluar dari atap',
        'Gudang di pelabuhan terbakar, asap hitam tebal di atas Surabaya',
        'Pemadam kebakaran berjuang memadamkan api di gedung tinggi di Surabaya',
        'Dua orang meninggal dalam kebakaran rumah di Surabaya tadi malam',
      ],
      earthquake: [
        'Astaga, gedung di Surabaya goyang sekitar 10 detik, barang-barang jatuh dari rak',
        'Barusan getaran kuat, jendela bergetar dan lampu bergoyang. Surabaya',
        'Gempa mengguncang Jawa Timur, terasa kuat di Surabaya',
        'Tembok retak dan cerobong roboh setelah gempa di Surabaya',
      ],
      storm: [
        'Anginnya gila di Surabaya, pohon tumbang di jalan kami dan listrik padam',
        'Badai menerbangkan atap sekolah di Surabaya, puing di mana-mana',
        'Puting beliung menerjang dekat Surabaya, beberapa rumah rusak',
        'Hujan es memecahkan kaca mobil di seluruh Surabaya sore ini',
      ],
      flood: [
        'Jalan kami di Surabaya terendam, sungai meluap sejam yang lalu',
        'Air setinggi pintu mobil di pusat Surabaya, toko-toko kebanjiran',
        'Banjir di Surabaya: warga dievakuasi dari atap rumah',
        'Dua orang tewas akibat banjir di Surabaya, air terus naik',
      ],
      crash: [
        'Barusan lihat bus menabrak truk di tol Surabaya, ada orang terjepit',
        'Kereta anjlok dekat Surabaya, gerbong terguling',
        'BREAKING: pesawat kecil jatuh di sawah dekat Surabaya',
        'Lima orang luka-luka dalam tabrakan beruntun di tol dekat Surabaya',
      ],
      collapse: [
        'Bioskop tua di jalan kami di Surabaya barusan ambruk, debu di mana-mana',
        'Jembatan runtuh ke sungai di Surabaya, mobil ikut jatuh',
        'Gedung runtuh di Surabaya: orang-orang tertimbun reruntuhan',
        'Balkon ambrol saat pesta di Surabaya, 6 orang luka',
      ],
      unrest: [
        'Polisi sedang menembakkan gas air mata ke demonstran di pusat Surabaya',
        'Mobil dibakar dan kaca toko pecah setelah kerusuhan di Surabaya semalam',
        'Bentrokan keras antara demonstran dan polisi di Surabaya',
        'Penjarahan toko di Jalan Tunjungan Surabaya, polisi tidak ada',
      ],
    },
    non: {
      attack: [
        'Hampir kena serangan jantung nonton adu penalti semalam di Surabaya 😂',
        'Sepuluh tahun lalu bom Surabaya menewaskan 6 orang. Kami tidak lupa.',
      ],
      explosion: [
        'Kepalaku mau meledak, macet Surabaya parah banget',
        'Ledakan penduduk di pinggiran Surabaya bikin harga sewa naik',
      ],
      fire: [
        'Lagu baru ini api banget 🔥 Surabaya hadir',
        'Risiko kebakaran hutan sangat tinggi akhir pekan ini, hati-hati',
      ],
      earthquake: ['Berita ini gempa politik buat partai itu', '20 tahun lalu gempa terasa sampai Surabaya'],
      storm: [
        'Peringatan cuaca ekstrem untuk Surabaya besok, angin kencang diperkirakan',
        'Badai kritik setelah pidato wali kota Surabaya',
      ],
      flood: [
        'Inbox-ku kebanjiran email setelah libur',
        'Hujan lebat diperkirakan di Surabaya hari Jumat, waspada banjir',
      ],
      crash: ['Laptopku crash lagi, skripsi hilang semua', 'Harga bitcoin anjlok, miliaran lenyap'],
      collapse: ['Runtuhnya rupiah bikin usaha kecil bangkrut', 'Persebaya ambruk di 10 menit terakhir dan kalah 1-3'],
      unrest: [
        'Demo direncanakan di Surabaya hari Sabtu menolak pajak baru',
        'Kerusuhan Surabaya tahun 1998 mengubah kota ini',
      ],
    },
  },
  tl: {
    city: 'Davao',
    country: 'PH',
    reports: {
      attack: [
        'May putukan sa harap ng mall sa Davao, nagtatakbuhan ang mga tao, nagtatago ako sa tindahan',
        'May lalaking nanaksak ng ilang tao sa terminal ng bus sa Davao kaninang hapon',
        'BREAKING: pamamaril sa downtown Davao, nakatakas ang suspek',
        'Apat na tao ang patay sa pamamaril sa isang paaralan sa Davao',
      ],
      explosion: [
        'Ang lakas ng pagsabog ngayon lang sa Davao, yumanig ang buong bahay at nabasag ang mga bintana',
        'Sumabog ang gas at nawasak ang dalawang bahay sa kalye namin sa Davao, usok kahit saan',
        'BREAKING: pagsabog sa planta ng kemikal malapit sa Davao',
        'Tatlong manggagawa sugatan sa pagsabog sa pabrika sa Davao',
      ],
      fire: [
        'Malaking sunog sa tapat ng bahay namin sa Davao, lumalabas ang apoy sa bubong',
        'Nasusunog ang bodega sa pantalan, makapal na itim na usok sa Davao',
        'Nilalabanan ng mga bumbero ang malaking sunog sa isang gusali sa Davao',
        'Dalawang tao ang namatay sa sunog sa isang bahay sa Davao kagabi',
      ],
      earthquake: [
        'Grabe, umuga ang building dito sa Davao mga 10 segundo, nahulog ang mga gamit sa estante',
        'Malakas na pagyanig ngayon lang, nanginig ang mga bintana at umuugoy ang ilaw. Davao',
        'Lindol tumama sa Mindanao, ramdam na ramdam sa Davao',
        'May bitak ang mga pader at bumagsak ang pader ng bakod pagkatapos ng lindol sa Davao',
      ],
      storm: [
        'Grabe ang hangin dito sa Davao, may mga puno na natumba sa kalye namin at brownout',
        'Tinangay ng bagyo ang bubong ng paaralan sa Davao, kalat ang debris sa daan',
        'Buhawi tumama malapit sa Davao, ilang bahay ang nasira',
        'Binasag ng yelo ang mga salamin ng kotse sa buong Davao kaninang hapon',
      ],
      flood: [
        'Lubog sa baha ang kalye namin sa Davao, umapaw ang ilog isang oras na ang nakalipas',
        'Hanggang pinto ng kotse ang tubig sa downtown Davao, binaha ang mga tindahan',
        'Baha sa Davao: mga residente, sinagip mula sa bubong',
        'Dalawa patay sa baha sa Davao, patuloy na tumataas ang tubig',
      ],
      crash: [
        'Nakita ko lang bumangga ang bus sa trak sa highway sa Davao, may naipit',
        'Bumaligtad ang jeep sa Davao, maraming sugatan',
        'BREAKING: maliit na eroplano bumagsak sa bukid malapit sa Davao',
        'Limang sugatan sa banggaan ng mga sasakyan sa highway malapit sa Davao',
      ],
      collapse: [
        'Gumuho ang lumang sinehan sa kalye namin sa Davao, makapal na alikabok',
        'Bumigay ang tulay sa ilog sa Davao, kasamang nahulog ang mga kotse',
        'Gumuho ang gusali sa Davao: may mga taong naipit sa guho',
        'Bumigay ang balkonahe habang may party sa Davao, 6 sugatan',
      ],
      unrest: [
        'Nagpapaputok ng tear gas ang pulis sa mga nagpoprotesta sa downtown Davao ngayon',
        'Mga sinunog na kotse at basag na salamin ng tindahan matapos ang kaguluhan sa Davao kagabi',
        'Marahas na sagupaan ng mga nagpoprotesta at pulis sa Davao',
        'Nilolooban ang mga tindahan sa downtown Davao, walang pulis',
      ],
    },
    non: {
      attack: [
        'Muntik na akong atakihin sa puso sa penalty kagabi 😂',
        'Sampung taon na mula sa pambobomba sa Davao na pumatay ng 6. Hindi namin sila nakakalimutan.',
      ],
      explosion: [
        'Sasabog na ulo ko sa traffic dito sa Davao',
        'Pagsabog ng populasyon sa Davao kaya tumataas ang upa',
      ],
      fire: [
        "Apoy ang bagong kanta na 'to 🔥 Davao represent",
        'Mataas ang panganib ng sunog ngayong tag-init, ingat po',
      ],
      earthquake: [
        'Parang lindol sa pulitika ang balitang ito',
        '20 taon na ang nakalipas nang yanigin ng lindol ang Davao',
      ],
      storm: [
        'Signal no. 2 sa Davao bukas, inaasahang lalakas ang hangin ng bagyo',
        'Bagyo ng batikos matapos ang talumpati ng mayor ng Davao',
      ],
      flood: [
        'Binaha ng email ang inbox ko pagkatapos ng bakasyon',
        'Malakas na ulan inaasahan sa Davao sa Biyernes, posibleng bumaha',
      ],
      crash: [
        'Nag-crash na naman ang laptop ko, nawala lahat ng thesis ko',
        'Bagsak presyo ng bitcoin, bilyon ang nawala',
      ],
      collapse: [
        'Ang pagbagsak ng piso ang pumapatay sa maliliit na negosyo',
        'Gumuho ang depensa ng team sa huling 10 minuto, talo 3-1',
      ],
      unrest: [
        'May rally sa Davao sa Sabado laban sa bagong buwis',
        'Ang kaguluhan sa Davao noong 2005 ay nagbago sa lungsod',
      ],
    },
  },
  el: {
    city: 'Thessaloniki',
    country: 'GR',
    reports: {
      attack: [
        'Πυροβολισμοί έξω από το εμπορικό στη Θεσσαλονίκη, ο κόσμος τρέχει παντού, κρύφτηκα σε ένα μαγαζί',
        'Άνδρας μαχαίρωσε αρκετούς ανθρώπους στον σταθμό λεωφορείων της Θεσσαλονίκης σήμερα το απόγευμα',
        'ΕΚΤΑΚΤΟ: πυροβολισμοί στο κέντρο της Θεσσαλονίκης, ο δράστης διέφυγε',
        'Τέσσερις άνθρωποι νεκροί από πυρά σε σχολείο στη Θεσσαλονίκη',
      ],
      explosion: [
        'Τεράστιος κρότος μόλις τώρα στη Θεσσαλονίκη, κουνήθηκε όλο το σπίτι και έσπασαν τα τζάμια',
        'Έκρηξη γκαζιού κατέστρεψε δύο σπίτια στον δρόμο μας στη Θεσσαλονίκη, καπνός παντού',
        'ΕΚΤΑΚΤΟ: έκρηξη σε χημικό εργοστάσιο κοντά στη Θεσσαλονίκη',
        'Τρεις εργάτες τραυματίες από έκρηξη σε εργοστάσιο στη Θεσσαλονίκη',
      ],
      fire: [
        'Τεράστια φωτιά απέναντι από το σπίτι μου στη Θεσσαλονίκη, φλόγες βγαίνουν από τη στέγη',
        'Καίγεται η αποθήκη στο λιμάνι, πυκνός μαύρος καπνός πάνω από τη Θεσσαλονίκη',
        'Οι πυροσβέστες δίνουν μάχη με μεγάλη πυρκαγιά σε πολυκατοικία στη Θεσσαλονίκη',
        'Δύο άνθρωποι πέθαναν σε πυρκαγιά σε σπίτι στη Θεσσαλονίκη τη νύχτα',
      ],
      earthquake: [
        'Ωχ, το κτίριο στη Θεσσαλονίκη κουνιόταν για 10 δευτερόλεπτα, έπεσαν πράγματα από τα ράφια',
        'Δυνατή δόνηση μόλις τώρα, έτριζαν τα τζάμια και κουνιόταν το φωτιστικό. Θεσσαλονίκη',
        'Σεισμός στη Βόρεια Ελλάδα, έγινε έντονα αισθητός στη Θεσσαλονίκη',
        'Ρωγμές στους τοίχους και έπεσε η καμινάδα μετά τον σεισμό στη Θεσσαλονίκη',
      ],
      storm: [
        'Ο αέρας εδώ στη Θεσσαλονίκη είναι τρελός, έπεσαν δέντρα στον δρόμο μας και δεν έχουμε ρεύμα',
        'Η καταιγίδα ξήλωσε τη στέγη του σχολείου στη Θεσσαλονίκη, συντρίμμια παντού',
        'Ανεμοστρόβιλος κοντά στη Θεσσαλονίκη, ζημιές σε αρκετά σπίτια',
        'Το χαλάζι έσπασε τζάμια αυτοκινήτων σε όλη τη Θεσσαλονίκη σήμερα',
      ],
      flood: [
        'Ο δρόμος μας στη Θεσσαλονίκη είναι κάτω από το νερό, το ποτάμι ξεχείλισε πριν μια ώρα',
        'Νερό μέχρι τις πόρτες των αυτοκινήτων στο κέντρο της Θεσσαλονίκης, πλημμύρισαν μαγαζιά',
        'Πλημμύρες στη Θεσσαλονίκη: απεγκλωβισμοί κατοίκων από στέγες',
        'Δύο νεκροί από τις πλημμύρες στη Θεσσαλονίκη, η στάθμη ανεβαίνει',
      ],
      crash: [
        'Μόλις είδα λεωφορείο να πέφτει πάνω σε φορτηγό στην περιφερειακή της Θεσσαλονίκης, εγκλωβισμένοι άνθρωποι',
        'Εκτροχιασμός τρένου κοντά στη Θεσσαλονίκη, βαγόνια στο πλάι',
        'ΕΚΤΑΚΤΟ: μικρό αεροσκάφος συνετρίβη σε χωράφι κοντά στη Θεσσαλονίκη',
        'Πέντε τραυματίες σε καραμπόλα στην εθνική οδό κοντά στη Θεσσαλονίκη',
      ],
      collapse: [
        'Κατέρρευσε μόλις ο παλιός κινηματογράφος στον δρόμο μας στη Θεσσαλονίκη, τεράστιο σύννεφο σκόνης',
        'Γέφυρα έπεσε στο ποτάμι στη Θεσσαλονίκη μαζί με αυτοκίνητα',
        'Κατάρρευση κτιρίου στη Θεσσαλονίκη: άνθρωποι στα ερείπια',
        'Υποχώρησε μπαλκόνι σε πάρτι στη Θεσσαλονίκη, 6 τραυματίες',
      ],
      unrest: [
        'Τα ΜΑΤ ρίχνουν χημικά στους διαδηλωτές στο κέντρο της Θεσσαλονίκης τώρα',
        'Καμένα αυτοκίνητα και σπασμένες βιτρίνες μετά τα επεισόδια στη Θεσσαλονίκη χθες βράδυ',
        'Σφοδρές συγκρούσεις διαδηλωτών με την αστυνομία στη Θεσσαλονίκη',
        'Λεηλασίες καταστημάτων στην Εγνατία στη Θεσσαλονίκη, καμία αστυνομία',
      ],
    },
    non: {
      attack: [
        'Παραλίγο να πάθω καρδιακή προσβολή στα πέναλτι χθες βράδυ 😂',
        'Πριν από δέκα χρόνια η επίθεση στη Θεσσαλονίκη σκότωσε 6 ανθρώπους. Δεν ξεχνάμε.',
      ],
      explosion: [
        'Θα μου εκραγεί το κεφάλι με αυτή την κίνηση στη Θεσσαλονίκη',
        'Η πληθυσμιακή έκρηξη στα προάστια της Θεσσαλονίκης ανεβάζει τα ενοίκια',
      ],
      fire: [
        'Φωτιά το νέο τραγούδι 🔥 Θεσσαλονίκη παρούσα',
        'Πολύ υψηλός κίνδυνος πυρκαγιάς το Σαββατοκύριακο, προσοχή',
      ],
      earthquake: [
        'Αυτή η είδηση ήταν πολιτικός σεισμός για το κόμμα',
        'Σαν σήμερα πριν 40 χρόνια ο σεισμός της Θεσσαλονίκης',
      ],
      storm: [
        'Έκτακτο δελτίο καιρού για τη Θεσσαλονίκη αύριο, θυελλώδεις άνεμοι αναμένονται',
        'Θύελλα αντιδράσεων μετά την ομιλία του δημάρχου Θεσσαλονίκης',
      ],
      flood: [
        'Το inbox μου πλημμύρισε με email μετά τις διακοπές',
        'Ισχυρές βροχές αναμένονται στη Θεσσαλονίκη την Παρασκευή, πιθανές πλημμύρες',
      ],
      crash: ['Κράσαρε πάλι το laptop και χάθηκε όλη η εργασία', 'Σύγκρουση συμφερόντων στο διοικητικό συμβούλιο'],
      collapse: [
        'Η κατάρρευση του ευρώ σκοτώνει τις μικρές επιχειρήσεις',
        'Ο ΠΑΟΚ κατέρρευσε στα τελευταία 10 λεπτά και έχασε 3-1',
      ],
      unrest: [
        'Προγραμματισμένη διαδήλωση στη Θεσσαλονίκη το Σάββατο κατά του νέου φόρου',
        'Τα επεισόδια στη Θεσσαλονίκη το 2003 άλλαξαν την πόλη',
      ],
    },
  },
  ar: {
    city: 'Aleppo',
    country: 'SY',
    reports: {
      attack: [
        'إطلاق نار أمام المول في حلب، الناس يركضون في كل اتجاه، أنا مختبئ في محل',
        'رجل طعن عدة أشخاص في محطة الحافلات في حلب بعد ظهر اليوم',
        'عاجل: إطلاق نار في وسط حلب والمهاجم فر',
        'مقتل أربعة أشخاص بالرصاص في مدرسة في حلب',
      ],
      explosion: [
        'صوت انفجار ضخم الآن في حلب، البيت كله اهتز والزجاج تكسر',
        'انفجار غاز دمر بيتين في شارعنا في حلب، الدخان في كل مكان',
        'عاجل: انفجار في مصنع كيماويات قرب حلب',
        'إصابة ثلاثة عمال في انفجار في مصنع في حلب',
      ],
      fire: [
        'حريق ضخم مقابل بيتي في حلب، النيران تخرج من السطح',
        'المستودع في المنطقة الصناعية يحترق، دخان أسود كثيف فوق حلب',
        'رجال الإطفاء يكافحون حريقا كبيرا في مبنى في حلب',
        'وفاة شخصين في حريق منزل في حلب الليلة الماضية',
      ],
      earthquake: [
        'يا إلهي، البناية في حلب اهتزت حوالي 10 ثوان، وقعت الأغراض من الرفوف',
        'هزة قوية الآن، الشبابيك اهتزت والثريا كانت تتمايل. حلب',
        'زلزال يضرب شمال سوريا ويشعر به السكان بقوة في حلب',
        'تشققات في الجدران وسقط جزء من السطح بعد الزلزال في حلب',
      ],
      storm: [
        'الرياح جنونية هنا في حلب، أشجار سقطت في شارعنا والكهرباء مقطوعة',
        'العاصفة اقتلعت سقف المدرسة في حلب، الحطام في كل الطريق',
        'إعصار قرب حلب يلحق أضرارا بعدة منازل',
        'البرد كسر زجاج السيارات في كل حلب بعد الظهر',
      ],
      flood: [
        'شارعنا في حلب غارق بالمياه، النهر فاض قبل ساعة',
        'المياه وصلت لأبواب السيارات في وسط حلب، المحلات غمرتها المياه',
        'سيول في حلب: إنقاذ سكان من فوق الأسطح',
        'وفاة شخصين في الفيضانات في حلب والمياه مستمرة في الارتفاع',
      ],
      crash: [
        'شفت باص اصطدم بشاحنة على الطريق الدائري في حلب، في ناس عالقين',
        'خروج قطار عن السكة قرب حلب وانقلاب العربات',
        'عاجل: سقوط طائرة صغيرة في حقل قرب حلب',
        'خمسة جرحى في حادث تصادم عدة سيارات على الطريق السريع قرب حلب',
      ],
      collapse: [
        'السينما القديمة في شارعنا في حلب انهارت للتو، سحابة غبار ضخمة',
        'جسر سقط في النهر في حلب ومعه سيارات',
        'انهيار مبنى في حلب: أشخاص تحت الأنقاض',
        'انهيار شرفة خلال حفلة في حلب، 6 جرحى',
      ],
      unrest: [
        'الشرطة تطلق الغاز المسيل للدموع على المتظاهرين في وسط حلب الآن',
        'سيارات محروقة وواجهات محطمة بعد أعمال الشغب في حلب الليلة الماضية',
        'اشتباكات عنيفة بين المتظاهرين والشرطة في حلب',
        'نهب المحلات في سوق حلب، ولا يوجد أي شرطي',
      ],
    },
    non: {
      attack: ['كدت أصاب بنوبة قلبية في ركلات الترجيح أمس 😂', 'قبل عشر سنوات الهجوم على حلب قتل 6 أشخاص. لن ننساهم.'],
      explosion: ['رأسي سينفجر من زحمة السير في حلب', 'الانفجار السكاني في ضواحي حلب يرفع الإيجارات'],
      fire: ['الأغنية الجديدة نار 🔥 حلب حاضرة', 'خطر اندلاع الحرائق مرتفع جدا في نهاية الأسبوع، انتبهوا'],
      earthquake: ['هذا الخبر زلزال سياسي للحزب', 'في مثل هذا اليوم قبل 3 سنوات ضرب الزلزال حلب'],
      storm: ['تحذير من عاصفة في حلب غدا، رياح تصل إلى 90 كم في الساعة', 'عاصفة من الانتقادات بعد خطاب محافظ حلب'],
      flood: ['صندوق بريدي غارق بالرسائل بعد العطلة', 'أمطار غزيرة متوقعة في حلب يوم الجمعة واحتمال سيول'],
      crash: ['تصادم في الآراء بين الوزيرين', 'اصطدام المصالح داخل مجلس الإدارة'],
      collapse: ['انهيار الليرة يقتل المشاريع الصغيرة', 'الفريق انهار في آخر 10 دقائق وخسر 3-1'],
      unrest: ['مظاهرة مقررة في حلب يوم السبت ضد الضريبة الجديدة', 'أحداث الشغب في حلب عام 2005 غيرت المدينة'],
    },
  },
  fa: {
    city: 'Tabriz',
    country: 'IR',
    reports: {
      attack: [
        'صدای تیراندازی جلوی پاساژ در تبریز، مردم به هر طرف فرار می‌کنند، من در یک مغازه قایم شدم',
        'مردی امروز بعدازظهر در ترمینال اتوبوس تبریز چند نفر را با چاقو زخمی کرد',
        'فوری: تیراندازی در مرکز تبریز، ضارب فرار کرد',
        'چهار نفر در تیراندازی در یک مدرسه در تبریز کشته شدند',
      ],
      explosion: [
        'همین الان صدای انفجار خیلی بزرگی در تبریز، کل خانه لرزید و شیشه‌ها شکست',
        'انفجار گاز دو خانه را در کوچه ما در تبریز ویران کرد، همه جا دود است',
        'فوری: انفجار در کارخانه مواد شیمیایی نزدیک تبریز',
        'سه کارگر در انفجار کارخانه‌ای در تبریز زخمی شدند',
      ],
      fire: [
        'آتش‌سوزی بزرگ روبروی خانه ما در تبریز، شعله‌ها از سقف بیرون می‌زند',
        'انبار کنار بازار دارد می‌سوزد، دود سیاه غلیظ روی تبریز',
        'آتش‌نشانان با آتش‌سوزی بزرگ در یک برج در تبریز مقابله می‌کنند',
        'دو نفر در آتش‌سوزی یک خانه در تبریز دیشب جان باختند',
      ],
      earthquake: [
        'وای، ساختمان در تبریز حدود ۱۰ ثانیه تکان خورد، وسایل از قفسه‌ها افتاد',
        'همین الان لرزش شدید، پنجره‌ها لرزید و لوستر تاب می‌خورد. تبریز',
        'زمین‌لرزه آذربایجان را لرزاند، در تبریز به شدت احساس شد',
        'ترک در دیوارها و دودکش بعد از زلزله تبریز فرو ریخت',
      ],
      storm: [
        'باد اینجا در تبریز دیوانه‌وار است، درخت‌ها در کوچه ما افتاده‌اند و برق رفته',
        'طوفان سقف مدرسه را در تبریز کند، آوار همه جای خیابان',
        'گردباد نزدیک تبریز به چند خانه خسارت زد',
        'تگرگ امروز بعدازظهر شیشه ماشین‌ها را در سراسر تبریز شکست',
      ],
      flood: [
        'کوچه ما در تبریز زیر آب رفته، رودخانه یک ساعت پیش طغیان کرد',
        'آب تا درهای ماشین‌ها در مرکز تبریز رسیده، مغازه‌ها را آب گرفته',
        'سیل در تبریز: نجات ساکنان از پشت‌بام‌ها',
        'دو کشته در سیل تبریز، آب همچنان بالا می‌آید',
      ],
      crash: [
        'همین الان دیدم یک اتوبوس در کمربندی تبریز به کامیون خورد، چند نفر گیر افتادند',
        'قطار نزدیک تبریز از ریل خارج شد، واگن‌ها واژگون شدند',
        'فوری: سقوط هواپیمای سبک در مزرعه‌ای نزدیک تبریز',
        'پنج زخمی در تصادف زنجیره‌ای در آزادراه نزدیک تبریز',
      ],
      collapse: [
        'سینمای قدیمی کوچه ما در تبریز همین الان ریزش کرد، ابر بزرگی از گرد و خاک',
        'پلی در تبریز در رودخانه فرو ریخت و ماشین‌ها هم افتادند',
        'ریزش ساختمان در تبریز: چند نفر زیر آوار',
        'بالکن در یک مهمانی در تبریز فرو ریخت، ۶ زخمی',
      ],
      unrest: [
        'پلیس همین الان در مرکز تبریز به معترضان گاز اشک‌آور شلیک می‌کند',
        'ماشین‌های سوخته و ویترین‌های شکسته بعد از ناآرامی‌های دیشب در تبریز',
        'درگیری شدید معترضان و پلیس در تبریز',
        'غارت مغازه‌ها در بازار تبریز، هیچ پلیسی نیست',
      ],
    },
    non: {
      attack: ['دیشب سر پنالتی‌ها نزدیک بود سکته کنم 😂', 'ده سال پیش حمله در تبریز جان ۶ نفر را گرفت. فراموش نمی‌کنیم.'],
      explosion: ['سرم داره از این ترافیک تبریز منفجر میشه', 'انفجار جمعیت در حومه تبریز اجاره‌ها را بالا برده'],
      fire: ['این آهنگ جدید آتیشه 🔥 تبریز', 'خطر آتش‌سوزی جنگل‌ها در آخر هفته بسیار بالاست، مراقب باشید'],
      earthquake: ['این خبر یک زلزله سیاسی برای حزب بود', '۲۰ سال پیش در چنین روزی زلزله تبریز را لرزاند'],
      storm: [
        'هشدار طوفان برای تبریز فردا، وزش باد تا ۹۰ کیلومتر پیش‌بینی می‌شود',
        'طوفان انتقادها پس از سخنرانی شهردار تبریز',
      ],
      flood: ['صندوق ایمیلم بعد از تعطیلات سیل پیام شده', 'باران شدید جمعه در تبریز پیش‌بینی شده، احتمال سیلاب'],
      crash: ['برخورد سلیقه‌ها بین دو وزیر', 'سقوط بیت‌کوین میلیاردها دلار را دود کرد'],
      collapse: ['فروپاشی ریال کسب‌وکارهای کوچک را نابود می‌کند', 'تیم در ۱۰ دقیقه آخر فرو ریخت و ۳ بر ۱ باخت'],
      unrest: [
        'تجمع اعتراضی شنبه در تبریز علیه مالیات جدید برنامه‌ریزی شده',
        'ناآرامی‌های تبریز در سال ۲۰۰۵ شهر را تغییر داد',
      ],
    },
  },
  hi: {
    city: 'Lucknow',
    country: 'IN',
    reports: {
      attack: [
        'लखनऊ में मॉल के बाहर गोलियां चलीं, लोग इधर-उधर भाग रहे हैं, मैं एक दुकान में छिपा हूं',
        'आज दोपहर लखनऊ के बस अड्डे पर एक आदमी ने कई लोगों को चाकू मारा',
        'ब्रेकिंग: लखनऊ के बीच शहर में गोलीबारी, हमलावर फरार',
        'लखनऊ के एक स्कूल में गोली मारकर चार लोगों की हत्या',
      ],
      explosion: [
        'अभी लखनऊ में जोरदार धमाका, पूरा घर हिल गया और शीशे टूट गए',
        'गैस सिलेंडर फटने से लखनऊ में हमारी गली के दो मकान तबाह, हर तरफ धुआं',
        'ब्रेकिंग: लखनऊ के पास केमिकल फैक्ट्री में विस्फोट',
        'लखनऊ की एक फैक्ट्री में धमाके में तीन मजदूर घायल',
      ],
      fire: [
        'लखनऊ में मेरे घर के सामने भीषण आग, छत से लपटें निकल रही हैं',
        'गोदाम धू-धू कर जल रहा है, लखनऊ के ऊपर काला धुआं',
        'लखनऊ में एक इमारत में लगी बड़ी आग बुझाने में जुटे दमकलकर्मी',
        'लखनऊ में रात को एक घर में आग लगने से दो लोगों की मौत',
      ],
      earthquake: [
        'अरे, लखनऊ में बिल्डिंग करीब 10 सेकंड तक हिलती रही, अलमारी से सामान गिर गया',
        'अभी जोरदार झटका, खिड़कियां कांप रही थीं और पंखा हिल रहा था। लखनऊ',
        'उत्तर भारत में भूकंप, लखनऊ में तेज झटके महसूस',
        'लखनऊ में भूकंप के बाद दीवारों में दरारें, छज्जा गिरा',
      ],
      storm: [
        'लखनऊ में हवा बहुत तेज है, हमारी गली में पेड़ गिर गए और बिजली गुल',
        'आंधी ने लखनऊ में स्कूल की छत उड़ा दी, सड़क पर मलबा ही मलबा',
        'लखनऊ के पास बवंडर, कई घरों को नुकसान',
        'आज दोपहर ओलावृष्टि से पूरे लखनऊ में गाड़ियों के शीशे टूटे',
      ],
      flood: [
        'लखनऊ में हमारी गली पानी में डूबी, एक घंटे पहले नदी उफान पर आ गई',
        'लखनऊ के बीच शहर में गाड़ियों के दरवाजे तक पानी, दुकानों में पानी भरा',
        'लखनऊ में बाढ़: लोगों को छतों से बचाया गया',
        'लखनऊ में बाढ़ से दो लोगों की मौत, पानी बढ़ता जा रहा है',
      ],
      crash: [
        'अभी लखनऊ रिंग रोड पर एक बस को ट्रक से टकराते देखा, लोग फंसे हुए हैं',
        'लखनऊ के पास ट्रेन पटरी से उतरी, डिब्बे पलटे',
        'ब्रेकिंग: लखनऊ के पास खेत में छोटा विमान गिरा',
        'लखनऊ के पास एक्सप्रेसवे पर कई गाड़ियां टकराईं, पांच घायल',
      ],
      collapse: [
        'लखनऊ में हमारी गली का पुराना सिनेमा हॉल अभी ढह गया, धूल का बड़ा गुबार',
        'लखनऊ में पुल नदी में गिर गया, गाड़ियां भी साथ गिरीं',
        'लखनऊ में इमारत ढही: मलबे में दबे लोग',
        'लखनऊ में एक पार्टी के दौरान बालकनी गिरी, 6 घायल',
      ],
      unrest: [
        'पुलिस अभी लखनऊ में प्रदर्शनकारियों पर आंसू गैस छोड़ रही है',
        'कल रात लखनऊ में उपद्रव के बाद जली गाड़ियां और टूटे शीशे',
        'लखनऊ में प्रदर्शनकारियों और पुलिस के बीच हिंसक झड़प',
        'लखनऊ के हजरतगंज में दुकानों में लूटपाट, पुलिस नदारद',
      ],
    },
    non: {
      attack: ['कल रात पेनल्टी देखते हुए लगभग दिल का दौरा पड़ गया 😂', 'दस साल पहले लखनऊ हमले में 6 लोग मारे गए थे। हम नहीं भूले।'],
      explosion: ['लखनऊ के इस जाम से मेरा दिमाग फट जाएगा', 'लखनऊ के बाहरी इलाकों में जनसंख्या विस्फोट से किराए बढ़े'],
      fire: ['ये नया गाना आग है 🔥 लखनऊ वाले कहां हो', 'इस हफ्ते जंगल में आग का खतरा बहुत ज्यादा, सावधान रहें'],
      earthquake: ['ये खबर पार्टी के लिए राजनीतिक भूकंप है', '20 साल पहले आज ही के दिन भूकंप ने लखनऊ को हिला दिया था'],
      storm: ['लखनऊ में कल आंधी-तूफान की चेतावनी, तेज हवाएं चलने की आशंका', 'मेयर के भाषण के बाद लखनऊ में आलोचनाओं का तूफान'],
      flood: ['छुट्टियों के बाद मेरा इनबॉक्स ईमेल की बाढ़ से भर गया', 'शुक्रवार को लखनऊ में भारी बारिश का अनुमान, बाढ़ की आशंका'],
      crash: ['मेरा लैपटॉप फिर से क्रैश हो गया, सारा काम गया', 'बिटकॉइन धड़ाम, अरबों डूबे'],
      collapse: ['रुपये की गिरावट छोटे कारोबार को खत्म कर रही है', 'टीम आखिरी 10 मिनट में बिखर गई और 3-1 से हार गई'],
      unrest: ['शनिवार को लखनऊ में नए टैक्स के खिलाफ प्रदर्शन की योजना', '2005 के लखनऊ दंगों ने शहर को बदल दिया'],
    },
  },
  ja: {
    city: 'Sendai',
    country: 'JP',
    reports: {
      attack: [
        '仙台のショッピングモールの前で銃声、みんな逃げてる、店の中に隠れてる',
        '今日の午後、仙台のバスターミナルで男が複数の人を刃物で刺した',
        '速報：仙台中心部で発砲事件、犯人は逃走中',
        '仙台の学校で4人が銃で撃たれ死亡',
      ],
      explosion: [
        '今仙台ですごい爆発音、家全体が揺れて窓ガラスが割れた',
        'ガス爆発で仙台のうちの通りの家が2軒吹き飛んだ、煙がすごい',
        '速報：仙台近郊の化学工場で爆発',
        '仙台の工場で爆発、作業員3人けが',
      ],
      fire: [
        '仙台で家の向かいがすごい火事、屋根から炎が出てる',
        '港の倉庫が燃えてる、仙台の空に黒い煙',
        '仙台のマンションで大規模な火災、消防が消火活動中',
        '仙台で夜間に住宅火災、2人死亡',
      ],
      earthquake: [
        'うわ、仙台のビルが10秒くらい揺れた、棚から物が落ちた',
        '今強い揺れ、窓がガタガタして電気が揺れてた。仙台',
        '宮城で地震、仙台で強い揺れを観測',
        '仙台の地震で壁にひび、ブロック塀が倒れた',
      ],
      storm: [
        '仙台の風がやばい、うちの通りで木が倒れて停電してる',
        '嵐で仙台の学校の屋根が飛ばされた、道路にがれきが散乱',
        '仙台近くで竜巻、住宅数棟に被害',
        '午後のひょうで仙台中の車の窓ガラスが割れた',
      ],
      flood: [
        '仙台のうちの通りが冠水、1時間前に川が氾濫した',
        '仙台の中心部で車のドアまで水、店が浸水してる',
        '仙台で洪水：屋根の上から住民を救助',
        '仙台の洪水で2人死亡、水位はまだ上がっている',
      ],
      crash: [
        '今仙台の環状線でバスがトラックに衝突するのを見た、人が閉じ込められてる',
        '仙台近くで列車が脱線、車両が横倒し',
        '速報：仙台近郊の畑に小型機が墜落',
        '仙台近くの高速で玉突き事故、5人けが',
      ],
      collapse: [
        '仙台のうちの近所の古い映画館がたった今崩れた、すごい土煙',
        '仙台で橋が川に崩落、車も一緒に落ちた',
        '仙台で建物倒壊：がれきの下に人が',
        '仙台のパーティーでバルコニーが崩れて6人けが',
      ],
      unrest: [
        '仙台の中心部で今警察がデモ隊に催涙ガスを撃ってる',
        '昨夜の仙台の暴動の後、燃えた車と割れたショーウィンドウ',
        '仙台でデモ隊と警察が激しく衝突',
        '仙台の商店街で略奪、店が空っぽにされてる、警察はいない',
      ],
    },
    non: {
      attack: ['昨日のPK戦、心臓発作起こすかと思った😂', '10年前の今日、仙台のテロで6人が亡くなった。忘れない。'],
      explosion: ['仙台の渋滞で頭が爆発しそう', '仙台郊外の人口爆発で家賃が上がってる'],
      fire: ['この新曲、最高すぎて燃える🔥仙台のみんな聴いて', '週末は山火事の危険が高いのでバーベキューに注意'],
      earthquake: ['このニュースは党にとって政治的な地震だ', '20年前の今日、仙台を地震が襲った'],
      storm: ['明日仙台に暴風警報の可能性、台風接近', '市長の発言に批判の嵐'],
      flood: ['休み明けでメールの洪水', '金曜日は仙台で大雨の予報、洪水に警戒'],
      crash: ['またパソコンがクラッシュして卒論が全部消えた', 'ビットコイン暴落、数十億ドルが消えた'],
      collapse: ['円の崩壊で中小企業がつぶれていく', 'チームは最後の10分で崩壊して1対3で負けた'],
      unrest: ['土曜日に仙台で新税に反対するデモが予定されている', '2005年の仙台の暴動は街を変えた'],
    },
  },
  zh: {
    city: 'Chengdu',
    country: 'CN',
    reports: {
      attack: [
        '成都商场门口有枪声，大家到处跑，我躲在一家店里',
        '今天下午一名男子在成都汽车站持刀砍伤多人',
        '突发：成都市中心发生枪击，枪手在逃',
        '成都一所学校发生枪击，四人死亡',
      ],
      explosion: [
        '刚才成都一声巨响，整个房子都在晃，玻璃都碎了',
        '煤气爆炸把成都我们街上两栋房子炸毁了，到处都是烟',
        '突发：成都附近一化工厂发生爆炸',
        '成都一工厂爆炸致3名工人受伤',
      ],
      fire: [
        '成都我家对面着大火了，火焰从屋顶冒出来',
        '港口的仓库烧起来了，成都上空一片黑烟',
        '消防员正在扑救成都一栋高楼的大火',
        '成都夜间一民宅起火，两人死亡',
      ],
      earthquake: [
        '天哪，成都的楼晃了大概10秒，架子上的东西都掉下来了',
        '刚才强烈震感，窗户哗哗响，吊灯一直在摇。成都',
        '四川发生地震，成都震感强烈',
        '成都地震后墙上出现裂缝，围墙倒了',
      ],
      storm: [
        '成都风好大，我们街上的树倒了，还停电了',
        '暴风把成都一所学校的屋顶掀了，路上全是碎片',
        '成都附近出现龙卷风，多栋房屋受损',
        '今天下午冰雹砸碎了成都很多车的玻璃',
      ],
      flood: [
        '成都我们这条街被淹了，一小时前河水漫出来了',
        '成都市中心水都淹到车门了，商店进水',
        '成都发生洪水：居民从屋顶被救出',
        '成都洪灾致两人死亡，水位还在上涨',
      ],
      crash: [
        '刚才在成都绕城高速看到一辆大巴撞上货车，有人被困',
        '成都附近一列火车脱轨，车厢侧翻',
        '突发：一架小型飞机坠毁在成都附近的农田',
        '成都附近高速发生连环车祸，5人受伤',
      ],
      collapse: [
        '成都我们街上的老电影院刚刚倒塌了，一大片灰尘',
        '成都一座桥垮塌掉进河里，车也一起掉下去了',
        '成都楼房倒塌：有人被埋在废墟下',
        '成都一场聚会中阳台坍塌，6人受伤',
      ],
      unrest: [
        '成都市中心警察正在向示威者发射催泪弹',
        '昨晚成都骚乱后，烧毁的汽车和砸碎的橱窗',
        '成都示威者与警察发生激烈冲突',
        '成都春熙路商店遭哄抢，没有警察',
      ],
    },
    non: {
      attack: ['昨晚点球大战差点心脏病发作😂', '十年前的今天成都袭击事件造成6人死亡，我们不会忘记'],
      explosion: ['成都堵车堵得我脑袋要爆炸了', '成都郊区人口爆炸，房租猛涨'],
      fire: ['这首新歌太火了🔥成都的朋友听了吗', '周末森林火险等级很高，烧烤注意'],
      earthquake: ['这个消息对该党来说是一场政治地震', '20年前的今天，地震重创四川'],
      storm: ['明天成都有大风预警，阵风可达8级', '市长讲话后引发一场批评风暴'],
      flood: ['假期结束后邮箱被邮件淹没了', '周五成都有暴雨，可能发生洪涝'],
      crash: ['电脑又崩溃了，论文全没了', '比特币暴跌，数十亿美元蒸发'],
      collapse: ['人民币崩盘让小企业活不下去', '球队最后10分钟崩盘，1比3输了'],
      unrest: ['周六成都计划举行反对新税的抗议', '2005年成都的骚乱改变了这座城市'],
    },
  },
  ko: {
    city: 'Busan',
    country: 'KR',
    reports: {
      attack: [
        '부산 쇼핑몰 앞에서 총소리, 사람들이 사방으로 뛰어다녀, 가게 안에 숨어 있어',
        '오늘 오후 부산 버스터미널에서 한 남성이 여러 명을 흉기로 찔렀다',
        '속보: 부산 도심에서 총격 사건, 범인 도주 중',
        '부산의 한 학교에서 총격으로 4명 사망',
      ],
      explosion: [
        '방금 부산에서 엄청난 폭발음, 집 전체가 흔들리고 유리창이 깨졌어',
        '가스 폭발로 부산 우리 동네 집 두 채가 무너졌어, 연기가 자욱해',
        '속보: 부산 인근 화학공장에서 폭발',
        '부산 공장 폭발로 근로자 3명 부상',
      ],
      fire: [
        '부산 우리 집 맞은편에 큰 불, 지붕에서 불길이 치솟아',
        '항구 창고가 타고 있어, 부산 하늘에 시커먼 연기',
        '부산 고층 건물 대형 화재, 소방관들 진화 중',
        '부산에서 밤사이 주택 화재로 2명 숨져',
      ],
      earthquake: [
        '헐, 부산 건물이 10초 정도 흔들렸어, 선반에서 물건이 떨어졌어',
        '방금 강한 진동, 창문이 덜컹거리고 전등이 흔들렸어. 부산',
        '경남 지역 지진, 부산에서도 강하게 느껴져',
        '부산 지진 후 벽에 금이 가고 담장이 무너졌다',
      ],
      storm: [
        '부산 바람 미쳤어, 우리 동네 나무 쓰러지고 정전됐어',
        '폭풍에 부산 학교 지붕이 날아갔어, 도로에 잔해가 널려 있어',
        '부산 근처에 회오리바람, 주택 여러 채 피해',
        '오늘 오후 우박 때문에 부산 곳곳 차 유리가 깨졌다',
      ],
      flood: [
        '부산 우리 동네 길이 물에 잠겼어, 한 시간 전에 하천이 범람했어',
        '부산 도심에 차 문까지 물이 찼어, 상가 침수',
        '부산 홍수: 지붕 위 주민들 구조',
        '부산 홍수로 2명 사망, 수위 계속 상승',
      ],
      crash: [
        '방금 부산 순환도로에서 버스가 트럭을 들이받는 걸 봤어, 사람들이 갇혀 있어',
        '부산 인근에서 열차 탈선, 객차 전복',
        '속보: 부산 인근 논에 경비행기 추락',
        '부산 인근 고속도로 연쇄 추돌, 5명 부상',
      ],
      collapse: [
        '부산 우리 동네 옛날 극장이 방금 무너졌어, 먼지 구름이 엄청나',
        '부산에서 다리가 강으로 붕괴, 차들도 같이 떨어졌다',
        '부산 건물 붕괴: 잔해 속에 사람들이 갇혀',
        '부산 파티 중 발코니 무너져 6명 부상',
      ],
      unrest: [
        '지금 부산 도심에서 경찰이 시위대에 최루탄을 쏘고 있어',
        '어젯밤 부산 폭동 이후 불탄 차들과 깨진 쇼윈도',
        '부산에서 시위대와 경찰 격렬한 충돌',
        '부산 서면 상가 약탈, 경찰은 안 보여',
      ],
    },
    non: {
      attack: ['어젯밤 승부차기 보다가 심장마비 올 뻔 😂', '10년 전 오늘 부산 테러로 6명이 숨졌다. 잊지 않겠습니다.'],
      explosion: ['부산 교통체증 때문에 머리가 폭발할 것 같아', '부산 외곽 인구 폭발로 월세가 치솟는다'],
      fire: ['이 신곡 진짜 불타오른다 🔥 부산 사람들 들어봐', '주말 산불 위험 매우 높음, 캠핑 시 주의'],
      earthquake: ['이번 발표는 당에게 정치적 지진이다', '20년 전 오늘 지진이 부산을 흔들었다'],
      storm: ['내일 부산 강풍 주의보, 태풍 접근 중', '시장 연설 이후 비판의 폭풍'],
      flood: ['휴가 끝나니 메일이 홍수처럼 쏟아진다', '금요일 부산 폭우 예보, 침수 우려'],
      crash: ['비트코인 폭락, 수십억 달러 증발', '이사회에서 의견 충돌'],
      collapse: ['원화 붕괴로 자영업자들 다 죽는다', '팀이 마지막 10분에 무너져서 1대3으로 졌다'],
      unrest: ['토요일 부산에서 새 세금 반대 집회 예정', '2005년 부산 폭동이 도시를 바꿨다'],
    },
  },
  he: {
    city: 'Haifa',
    country: 'IL',
    reports: {
      attack: [
        'יריות מול הקניון בחיפה, אנשים רצים לכל כיוון, אני מסתתר בחנות',
        'גבר דקר כמה אנשים בתחנה המרכזית בחיפה אחר הצהריים',
        'דחוף: ירי במרכז חיפה, המשטרה אומרת שהמחבל עדיין בורח',
        'ארבעה נהרגו מירי בבית ספר בחיפה',
      ],
      explosion: [
        'בום ענק עכשיו בחיפה, כל הבית רעד והחלונות התנפצו',
        'פיצוץ גז הרס שני בתים ברחוב שלנו בחיפה, עשן בכל מקום',
        'דחוף: פיצוץ במפעל כימיקלים ליד חיפה',
        'שלושה עובדים נפצעו בפיצוץ במפעל בחיפה',
      ],
      fire: [
        'שריפה ענקית ממול לבית שלי בחיפה, להבות יוצאות מהגג',
        'המחסן באזור התעשייה בוער, עשן שחור סמיך מעל חיפה',
        'כבאים נאבקים בשריפה גדולה בבניין בחיפה',
        'שני אנשים מתו בשריפה בבית בחיפה הלילה',
      ],
      earthquake: [
        'וואו, הבניין בחיפה רעד בערך 10 שניות, דברים נפלו מהמדפים',
        'רעידה חזקה עכשיו, החלונות רעדו והמנורה התנדנדה. חיפה',
        'רעידת אדמה בצפון, הורגשה היטב בחיפה',
        'סדקים בקירות וחלק מהתקרה נפל אחרי רעידת האדמה בחיפה',
      ],
      storm: [
        'הרוח משוגעת פה בחיפה, עצים נפלו ברחוב שלנו ואין חשמל',
        'הסערה עקרה את הגג של בית הספר בחיפה, הריסות על כל הכביש',
        'טורנדו ליד חיפה גרם נזק לכמה בתים',
        'ברד ניפץ שמשות של מכוניות בכל חיפה אחר הצהריים',
      ],
      flood: [
        'הרחוב שלנו בחיפה מוצף, הנחל עלה על גדותיו לפני שעה',
        'המים הגיעו עד דלתות המכוניות במרכז חיפה, החנויות הוצפו',
        'שיטפונות בחיפה: תושבים חולצו מגגות הבתים',
        'שני אנשים מתו בשיטפונות בחיפה והמים ממשיכים לעלות',
      ],
      crash: [
        'ראיתי אוטובוס מתנגש במשאית בכביש העוקף בחיפה, יש לכודים',
        'רכבת ירדה מהפסים ליד חיפה והקרונות התהפכו',
        'דחוף: מטוס קל התרסק בשדה ליד חיפה',
        'חמישה פצועים בתאונת שרשרת בכביש המהיר ליד חיפה',
      ],
      collapse: [
        'הקולנוע הישן ברחוב שלנו בחיפה קרס עכשיו, ענן אבק ענק',
        'גשר קרס לתוך הנחל בחיפה עם מכוניות עליו',
        'קריסת בניין בחיפה: אנשים לכודים תחת ההריסות',
        'מרפסת קרסה במהלך מסיבה בחיפה, 6 פצועים',
      ],
      unrest: [
        'המשטרה יורה גז מדמיע על המפגינים במרכז חיפה עכשיו',
        'מכוניות שרופות וחלונות ראווה מנופצים אחרי המהומות בחיפה אתמול בלילה',
        'עימותים אלימים בין מפגינים למשטרה בחיפה',
        'ביזה של חנויות בשוק בחיפה, ואין אף שוטר',
      ],
    },
    non: {
      attack: ['כמעט חטפתי התקף לב בפנדלים אתמול 😂', 'לפני עשר שנים הפיגוע בחיפה הרג 6 אנשים. לא נשכח.'],
      explosion: ['הראש שלי יתפוצץ מהפקקים בחיפה', 'פיצוץ האוכלוסין בפרברי חיפה מעלה את שכר הדירה'],
      fire: ['השיר החדש אש 🔥 חיפה כאן', 'סכנת שריפות גבוהה מאוד בסוף השבוע, תיזהרו'],
      earthquake: ['הידיעה הזאת היא רעידת אדמה פוליטית למפלגה', 'היום לפני 3 שנים רעידת האדמה הכתה בחיפה'],
      storm: ['אזהרה מסערה בחיפה מחר, רוחות עד 90 קמ"ש', 'סערת ביקורת אחרי נאום ראש העיר של חיפה'],
      flood: ['תיבת הדואר שלי מוצפת במיילים אחרי החופשה', 'גשמים כבדים צפויים בחיפה ביום שישי וחשש להצפות'],
      crash: ['התנגשות דעות בין שני השרים', 'התנגשות אינטרסים בתוך הדירקטוריון'],
      collapse: ['קריסת השקל הורגת את העסקים הקטנים', 'הקבוצה קרסה ב-10 הדקות האחרונות והפסידה 3-1'],
      unrest: ['הפגנה מתוכננת בחיפה ביום שבת נגד המס החדש', 'המהומות בחיפה בשנת 2005 שינו את העיר'],
    },
  },
  ur: {
    city: 'Lahore',
    country: 'PK',
    reports: {
      attack: [
        'لاہور میں مال کے سامنے فائرنگ، لوگ ہر طرف بھاگ رہے ہیں، میں ایک دکان میں چھپا ہوا ہوں',
        'ایک شخص نے آج سہ پہر لاہور کے بس اڈے پر کئی لوگوں کو چاقو مار دیا',
        'بریکنگ: لاہور کے مرکز میں فائرنگ، حملہ آور فرار',
        'لاہور کے ایک اسکول میں فائرنگ سے چار افراد ہلاک',
      ],
      explosion: [
        'ابھی لاہور میں زوردار دھماکے کی آواز، پورا گھر ہل گیا اور شیشے ٹوٹ گئے',
        'گیس دھماکے سے لاہور میں ہماری گلی کے دو گھر تباہ، ہر طرف دھواں',
        'بریکنگ: لاہور کے قریب کیمیکل فیکٹری میں دھماکہ',
        'لاہور کی ایک فیکٹری میں دھماکے سے تین مزدور زخمی',
      ],
      fire: [
        'لاہور میں میرے گھر کے سامنے بہت بڑی آگ، چھت سے شعلے نکل رہے ہیں',
        'صنعتی علاقے کا گودام جل رہا ہے، لاہور کے اوپر گہرا کالا دھواں',
        'فائر بریگیڈ لاہور میں ایک عمارت میں لگی بڑی آگ بجھانے میں مصروف',
        'لاہور میں گزشتہ رات گھر میں آگ لگنے سے دو افراد جاں بحق',
      ],
      earthquake: [
        'اللہ خیر، لاہور میں عمارت تقریباً 10 سیکنڈ تک ہلتی رہی، شیلف سے چیزیں گر گئیں',
        'ابھی شدید جھٹکا، کھڑکیاں بجنے لگیں اور فانوس جھول رہا تھا۔ لاہور',
        'شمالی پاکستان میں زلزلہ، لاہور میں شدت سے محسوس کیا گیا',
        'لاہور میں زلزلے کے بعد دیواروں میں دراڑیں اور چھت کا حصہ گر گیا',
      ],
      storm: [
        'یہاں لاہور میں ہوا پاگل ہو رہی ہے، ہماری گلی میں درخت گر گئے اور بجلی بند ہے',
        'طوفان نے لاہور میں اسکول کی چھت اڑا دی، سڑک پر ہر طرف ملبہ',
        'لاہور کے قریب بگولے سے کئی گھروں کو نقصان',
        'آج سہ پہر ژالہ باری نے پورے لاہور میں گاڑیوں کے شیشے توڑ دیے',
      ],
      flood: [
        'لاہور میں ہماری گلی پانی میں ڈوبی ہوئی ہے، ایک گھنٹہ پہلے نالہ بپھر گیا',
        'لاہور کے مرکز میں پانی گاڑیوں کے دروازوں تک پہنچ گیا، دکانوں میں پانی بھر گیا',
        'لاہور میں سیلاب: لوگوں کو چھتوں سے ریسکیو کیا گیا',
        'لاہور میں سیلاب سے دو افراد جاں بحق، پانی کی سطح مسلسل بڑھ رہی ہے',
      ],
      crash: [
        'میں نے لاہور کی رنگ روڈ پر ایک بس کو ٹرک سے ٹکراتے دیکھا، لوگ پھنسے ہوئے ہیں',
        'لاہور کے قریب ٹرین پٹری سے اتر گئی اور بوگیاں الٹ گئیں',
        'بریکنگ: لاہور کے قریب ایک چھوٹا طیارہ کھیت میں گر کر تباہ',
        'لاہور کے قریب موٹروے پر کئی گاڑیوں کے تصادم میں پانچ افراد زخمی',
      ],
      collapse: [
        'لاہور میں ہماری گلی کا پرانا سینما ابھی گر گیا، دھول کا بڑا بادل',
        'لاہور میں ایک پل گاڑیوں سمیت نہر میں گر گیا',
        'لاہور میں عمارت منہدم: لوگ ملبے تلے دبے ہوئے ہیں',
        'لاہور میں ایک تقریب کے دوران بالکونی گر گئی، 6 زخمی',
      ],
      unrest: [
        'پولیس ابھی لاہور کے مرکز میں مظاہرین پر آنسو گیس پھینک رہی ہے',
        'گزشتہ رات لاہور میں ہنگاموں کے بعد جلی ہوئی گاڑیاں اور ٹوٹی ہوئی دکانیں',
        'لاہور میں مظاہرین اور پولیس کے درمیان پرتشدد جھڑپیں',
        'لاہور کے بازار میں دکانوں کی لوٹ مار، کوئی پولیس والا نہیں',
      ],
    },
    non: {
      attack: [
        'کل پینلٹی ککس دیکھ کر تقریباً دل کا دورہ پڑ گیا 😂',
        'دس سال پہلے لاہور میں حملے میں 6 افراد مارے گئے تھے۔ ہم نہیں بھولیں گے۔',
      ],
      explosion: ['لاہور کے ٹریفک سے میرا سر پھٹ جائے گا', 'لاہور کے مضافات میں آبادی کا دھماکہ کرائے بڑھا رہا ہے'],
      fire: ['نیا گانا آگ ہے 🔥 لاہور والے سنیں', 'اس ہفتے کے آخر میں آگ لگنے کا خطرہ بہت زیادہ ہے، احتیاط کریں'],
      earthquake: ['یہ خبر پارٹی کے لیے سیاسی زلزلہ ہے', 'آج سے 3 سال پہلے زلزلے نے لاہور کو ہلا دیا تھا'],
      storm: [
        'کل لاہور میں طوفان کی وارننگ، 90 کلومیٹر فی گھنٹہ تک ہوائیں',
        'لاہور کے میئر کی تقریر کے بعد تنقید کا طوفان',
      ],
      flood: [
        'چھٹیوں کے بعد میرا ان باکس ای میلز سے بھرا پڑا ہے',
        'جمعہ کو لاہور میں شدید بارش کی پیشگوئی اور سیلاب کا خدشہ',
      ],
      crash: ['دونوں وزیروں کے درمیان خیالات کا ٹکراؤ', 'بورڈ کے اندر مفادات کا تصادم'],
      collapse: [
        'روپے کی قدر کا انہدام چھوٹے کاروبار ختم کر رہا ہے',
        'ٹیم آخری 10 منٹ میں بکھر گئی اور 3-1 سے ہار گئی',
      ],
      unrest: ['نئے ٹیکس کے خلاف ہفتے کو لاہور میں مظاہرہ ہوگا', '2005 کے لاہور فسادات نے شہر کو بدل دیا'],
    },
  },
  bn: {
    city: 'Dhaka',
    country: 'BD',
    reports: {
      attack: [
        'ঢাকায় শপিং মলের সামনে গোলাগুলি, লোকজন চারদিকে দৌড়াচ্ছে, আমি একটা দোকানে লুকিয়ে আছি',
        'আজ বিকেলে ঢাকার বাস টার্মিনালে এক ব্যক্তি কয়েকজনকে ছুরিকাঘাত করেছে',
        'ব্রেকিং: ঢাকার কেন্দ্রে গুলিবর্ষণ, হামলাকারী পালিয়েছে',
        'ঢাকার একটি স্কুলে গুলিতে চারজন নিহত',
      ],
      explosion: [
        'এইমাত্র ঢাকায় বিকট শব্দ, পুরো বাড়ি কেঁপে উঠল আর জানালার কাচ ভেঙে গেল',
        'গ্যাস বিস্ফোরণে ঢাকায় আমাদের রাস্তার দুটি বাড়ি ধ্বংস, চারদিকে ধোঁয়া',
        'ব্রেকিং: ঢাকার কাছে রাসায়নিক কারখানায় বিস্ফোরণ',
        'ঢাকার একটি কারখানায় বিস্ফোরণে তিন শ্রমিক আহত',
      ],
      fire: [
        'ঢাকায় আমার বাসার উল্টো দিকে বিশাল আগুন, ছাদ দিয়ে আগুনের শিখা বের হচ্ছে',
        'শিল্প এলাকার গুদাম পুড়ছে, ঢাকার আকাশে ঘন কালো ধোঁয়া',
        'ঢাকায় একটি ভবনে বড় অগ্নিকাণ্ড, ফায়ার সার্ভিসের কর্মীরা আগুন নেভাতে কাজ করছেন',
        'গতকাল রাতে ঢাকায় একটি বাড়িতে আগুনে দুজন মারা গেছেন',
      ],
      earthquake: [
        'হায় আল্লাহ, ঢাকায় ভবনটা প্রায় 10 সেকেন্ড ধরে কাঁপল, তাক থেকে জিনিস পড়ে গেল',
        'এইমাত্র জোরালো কম্পন, জানালা ঝনঝন করছিল আর ঝাড়বাতি দুলছিল। ঢাকা',
        'উত্তরাঞ্চলে ভূমিকম্প, ঢাকায় তীব্রভাবে অনুভূত',
        'ভূমিকম্পের পর ঢাকায় দেয়ালে ফাটল, ছাদের একাংশ ধসে পড়েছে',
      ],
      storm: [
        'এখানে ঢাকায় পাগলা বাতাস, আমাদের রাস্তায় গাছ পড়ে গেছে, বিদ্যুৎ নেই',
        'ঝড়ে ঢাকায় স্কুলের ছাদ উড়ে গেছে, রাস্তাজুড়ে ধ্বংসাবশেষ',
        'ঢাকার কাছে টর্নেডোতে কয়েকটি বাড়ি ক্ষতিগ্রস্ত',
        'আজ বিকেলে শিলাবৃষ্টিতে পুরো ঢাকায় গাড়ির কাচ ভেঙেছে',
      ],
      flood: [
        'ঢাকায় আমাদের রাস্তা পানিতে তলিয়ে গেছে, এক ঘণ্টা আগে খাল উপচে পড়েছে',
        'ঢাকার কেন্দ্রে গাড়ির দরজা পর্যন্ত পানি, দোকানে পানি ঢুকে গেছে',
        'ঢাকায় বন্যা: বাসিন্দাদের ছাদ থেকে উদ্ধার করা হয়েছে',
        'ঢাকায় বন্যায় দুজনের মৃত্যু, পানি বেড়েই চলেছে',
      ],
      crash: [
        'ঢাকার বাইপাস সড়কে একটা বাসকে ট্রাকের সাথে ধাক্কা খেতে দেখলাম, মানুষ আটকা পড়েছে',
        'ঢাকার কাছে ট্রেন লাইনচ্যুত, বগি উল্টে গেছে',
        'ব্রেকিং: ঢাকার কাছে একটি মাঠে ছোট বিমান বিধ্বস্ত',
        'ঢাকার কাছে মহাসড়কে কয়েকটি গাড়ির সংঘর্ষে পাঁচজন আহত',
      ],
      collapse: [
        'ঢাকায় আমাদের রাস্তার পুরনো সিনেমা হলটা এইমাত্র ধসে পড়ল, বিশাল ধুলার মেঘ',
        'ঢাকায় গাড়িসহ একটি সেতু নদীতে ভেঙে পড়েছে',
        'ঢাকায় ভবন ধস: ধ্বংসস্তূপের নিচে মানুষ আটকা',
        'ঢাকায় একটি অনুষ্ঠানের সময় বারান্দা ভেঙে পড়ে, 6 জন আহত',
      ],
      unrest: [
        'পুলিশ এখন ঢাকার কেন্দ্রে বিক্ষোভকারীদের ওপর কাঁদানে গ্যাস ছুড়ছে',
        'গতকাল রাতে ঢাকায় দাঙ্গার পর পোড়া গাড়ি আর ভাঙা দোকান',
        'ঢাকায় বিক্ষোভকারী ও পুলিশের মধ্যে সহিংস সংঘর্ষ',
        'ঢাকার বাজারে দোকান লুটপাট, একজন পুলিশও নেই',
      ],
    },
    non: {
      attack: ['গতকাল টাইব্রেকার দেখে প্রায় হার্ট অ্যাটাক হয়ে যাচ্ছিল 😂', 'দশ বছর আগে ঢাকায় হামলায় 6 জন নিহত হয়েছিলেন। আমরা ভুলব না।'],
      explosion: ['ঢাকার যানজটে আমার মাথা ফেটে যাবে', 'ঢাকার শহরতলিতে জনসংখ্যা বিস্ফোরণে বাড়িভাড়া বাড়ছে'],
      fire: ['নতুন গানটা আগুন 🔥 ঢাকা শোনো', 'এই সপ্তাহান্তে আগুন লাগার ঝুঁকি খুব বেশি, সাবধান'],
      earthquake: ['এই খবর দলের জন্য রাজনৈতিক ভূমিকম্প', '3 বছর আগে এই দিনে ভূমিকম্প ঢাকাকে কাঁপিয়ে দিয়েছিল'],
      storm: ['আগামীকাল ঢাকায় ঝড়ের সতর্কতা, ঘণ্টায় 90 কিমি বেগে বাতাস', 'ঢাকার মেয়রের বক্তৃতার পর সমালোচনার ঝড়'],
      flood: ['ছুটির পর আমার ইনবক্স ইমেইলে ভেসে গেছে', 'শুক্রবার ঢাকায় ভারী বৃষ্টির পূর্বাভাস, বন্যার আশঙ্কা'],
      crash: ['দুই মন্ত্রীর মধ্যে মতের সংঘর্ষ', 'বোর্ডের ভেতরে স্বার্থের সংঘাত'],
      collapse: ['টাকার দরপতন ছোট ব্যবসা শেষ করে দিচ্ছে', 'শেষ 10 মিনিটে দলটা ভেঙে পড়ল, 3-1 গোলে হারল'],
      unrest: ['নতুন করের বিরুদ্ধে শনিবার ঢাকায় বিক্ষোভ সমাবেশ', '2005 সালের ঢাকার দাঙ্গা শহরটাকে বদলে দিয়েছিল'],
    },
  },
} as const satisfies Record<string, FirstReports>;

export type ParityLang = keyof typeof FIRST_REPORTS;
export const PARITY_LANGS = Object.keys(FIRST_REPORTS) as ParityLang[];

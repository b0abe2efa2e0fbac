/**
 * Half D of the first-report parity kit (tools/data/first-reports.ts), held
 * out: written on branch parity3 before any lexicon fix of that branch and
 * measured once at its end. Per language, one first report per category and
 * a second one for the four categories half C read worst (an earthquake told
 * by what it shook or its magnitude, an explosion by the bang or the blown
 * windows, a fire by its flames and smoke, unrest by tear gas, looting or
 * clashes), and one non-report per category (figurative, economic or
 * emotional use, a forecast, an open day, a called protest). New sentences,
 * new cities; no post of any corpus.
 */
import type { EventCategory } from '../../functions/domain/detector/seeds';

/** The categories with two reports in half D. */
type Doubled = 'earthquake' | 'explosion' | 'fire' | 'unrest';

export interface HeldOutReportsD {
  city: string;
  country: string;
  reports: Record<Exclude<EventCategory, Doubled>, readonly [string]> & Record<Doubled, readonly [string, string]>;
  non: Record<EventCategory, readonly [string]>;
}

export const FIRST_REPORTS_D = {
  en: {
    city: 'Newcastle',
    country: 'GB',
    reports: {
      attack: ['Gunman shooting at people outside a pub in Newcastle, we hid in the cellar'],
      explosion: [
        'Huge bang in Newcastle city centre, it blew out the shop windows on our street',
        'Gas explosion at a house in Newcastle, the whole street heard it',
      ],
      fire: [
        'A warehouse in Newcastle is in flames, thick black smoke over the quayside',
        'Our neighbours house in Newcastle is burning, fire crews arriving',
      ],
      earthquake: [
        'The whole building was swaying in Newcastle, plates fell off the shelves',
        'Earthquake of magnitude five point one felt across Newcastle, chimneys fell',
      ],
      storm: ['Tornado touched down in Newcastle, roofs ripped off houses'],
      flood: ['Newcastle station is flooded, water up to our knees on the platform'],
      crash: ['Lorry ploughed into cars on the A1 near Newcastle, several hurt'],
      collapse: ['A footbridge in Newcastle gave way and fell into the river, people in the water'],
      unrest: [
        'Riot police firing tear gas at crowds in Newcastle, shops being looted',
        'Clashes between protesters and police in Newcastle, bins set alight',
      ],
    },
    non: {
      attack: ['Newcastle launched attack after attack but could not score'],
      explosion: ['Sales of electric bikes in Newcastle have exploded since spring'],
      fire: ['Newcastle fire station open day this Sunday, bring the kids'],
      earthquake: ['That vote was a political earthquake for Newcastle council'],
      storm: ['Storm warning for Newcastle on Friday, stay indoors if you can'],
      flood: ['My phone is flooded with messages about the Newcastle concert'],
      crash: ['My laptop keeps crashing, working from a cafe in Newcastle today'],
      collapse: ['I nearly collapsed laughing at the comedy show in Newcastle'],
      unrest: ['Unions have called a protest in Newcastle for next Tuesday'],
    },
  },
  de: {
    city: 'Bremen',
    country: 'DE',
    reports: {
      attack: ['Ein Mann hat in Bremen auf Passanten geschossen, wir haben uns im Keller versteckt'],
      explosion: [
        'Lauter Knall in der Bremer Innenstadt, bei uns sind die Fensterscheiben rausgeflogen',
        'Gasexplosion in einem Wohnhaus in Bremen, die ganze Straße hat es gehört',
      ],
      fire: [
        'Eine Lagerhalle in Bremen steht in Flammen, dichter schwarzer Rauch über der Stadt',
        'Das Haus unserer Nachbarn in Bremen brennt, die Feuerwehr kommt gerade',
      ],
      earthquake: [
        'Das ganze Haus hat in Bremen geschwankt, Teller sind aus dem Regal gefallen',
        'Erdbeben der Stärke fünf in Bremen zu spüren, Schornsteine sind umgestürzt',
      ],
      storm: ['Ein Tornado hat in Bremen die Dächer von Häusern abgedeckt'],
      flood: ['Der Bahnhof in Bremen ist überflutet, das Wasser steht uns bis zu den Knien'],
      crash: ['Ein Lkw ist auf der A1 bei Bremen in mehrere Autos gerast, mehrere Verletzte'],
      collapse: ['Eine Fußgängerbrücke in Bremen ist eingestürzt und in die Weser gefallen'],
      unrest: [
        'Die Polizei setzt in Bremen Tränengas gegen die Menge ein, Geschäfte werden geplündert',
        'Krawalle in Bremen, Randalierer liefern sich Straßenschlachten mit der Polizei',
      ],
    },
    non: {
      attack: ['Werder Bremen hat im Angriff heute gar nichts hinbekommen'],
      explosion: ['Die Mieten in Bremen sind regelrecht explodiert'],
      fire: ['Tag der offenen Tür bei der Feuerwehr Bremen am Sonntag'],
      earthquake: ['Die Wahl war ein politisches Erdbeben für Bremen'],
      storm: ['Sturmwarnung für Bremen am Freitag, bitte drinnen bleiben'],
      flood: ['Mein Postfach wird mit Mails über das Konzert in Bremen überflutet'],
      crash: ['Mein Laptop stürzt ständig ab, ich arbeite heute im Café in Bremen'],
      collapse: ['Ich bin vor Lachen fast zusammengebrochen, die Show in Bremen war toll'],
      unrest: ['Die Gewerkschaften rufen für nächsten Dienstag zu einer Demo in Bremen auf'],
    },
  },
  fr: {
    city: 'Reims',
    country: 'FR',
    reports: {
      attack: ["Un homme a tiré sur des passants à Reims, on s'est cachés dans une cave"],
      explosion: [
        'Énorme détonation dans le centre de Reims, les vitres de notre rue ont volé en éclats',
        "Explosion de gaz dans un immeuble à Reims, tout le quartier l'a entendue",
      ],
      fire: [
        'Un entrepôt est en flammes à Reims, épaisse fumée noire au-dessus de la ville',
        'La maison de nos voisins brûle à Reims, les pompiers arrivent',
      ],
      earthquake: [
        "Tout l'immeuble tanguait à Reims, les assiettes sont tombées des étagères",
        'Séisme de magnitude cinq ressenti à Reims, des cheminées sont tombées',
      ],
      storm: ['Une tornade a arraché des toits à Reims'],
      flood: ["La gare de Reims est inondée, on a de l'eau jusqu'aux genoux"],
      crash: ["Un camion a percuté plusieurs voitures sur l'A4 près de Reims, plusieurs blessés"],
      collapse: ["Une passerelle s'est effondrée dans la rivière à Reims, des gens dans l'eau"],
      unrest: [
        'La police tire des gaz lacrymogènes sur la foule à Reims, des magasins pillés',
        'Affrontements entre manifestants et policiers à Reims, des poubelles incendiées',
      ],
    },
    non: {
      attack: ['Le Stade de Reims a multiplié les attaques sans marquer'],
      explosion: ['Les loyers à Reims ont explosé cette année'],
      fire: ['Portes ouvertes à la caserne des pompiers de Reims dimanche'],
      earthquake: ['Ce vote est un séisme politique pour la mairie de Reims'],
      storm: ['Alerte tempête pour Reims vendredi, restez chez vous'],
      flood: ['Ma boîte mail est inondée de messages sur le concert de Reims'],
      crash: ['Mon ordinateur plante sans arrêt, je travaille dans un café à Reims'],
      collapse: ['Je me suis écroulé de rire au spectacle à Reims'],
      unrest: ['Les syndicats appellent à manifester à Reims mardi prochain'],
    },
  },
  es: {
    city: 'Alicante',
    country: 'ES',
    reports: {
      attack: ['Un hombre disparó contra la gente en Alicante, nos escondimos en un sótano'],
      explosion: [
        'Un estruendo enorme en el centro de Alicante, reventaron los cristales de toda la calle',
        'Explosión de gas en un edificio de Alicante, todo el barrio la oyó',
      ],
      fire: [
        'Una nave arde en Alicante, una densa columna de humo negro sobre la ciudad',
        'La casa de los vecinos está en llamas en Alicante, llegan los bomberos',
      ],
      earthquake: [
        'Todo el edificio se balanceaba en Alicante, los platos se cayeron de las estanterías',
        'Terremoto de magnitud cinco sentido en Alicante, se cayeron chimeneas',
      ],
      storm: ['Un tornado arrancó los tejados de varias casas en Alicante'],
      flood: ['La estación de Alicante está inundada, el agua nos llega a las rodillas'],
      crash: ['Un camión embistió a varios coches en la autovía cerca de Alicante, varios heridos'],
      collapse: ['Una pasarela se derrumbó sobre el río en Alicante, hay gente en el agua'],
      unrest: [
        'La policía lanza gases lacrimógenos contra la multitud en Alicante, saquean tiendas',
        'Enfrentamientos entre manifestantes y policías en Alicante, contenedores quemados',
      ],
    },
    non: {
      attack: ['El Hércules de Alicante atacó todo el partido sin marcar'],
      explosion: ['Las ventas de bicis eléctricas en Alicante han explotado'],
      fire: ['Jornada de puertas abiertas en el parque de bomberos de Alicante el domingo'],
      earthquake: ['Esa votación fue un terremoto político en el ayuntamiento de Alicante'],
      storm: ['Aviso por tormenta en Alicante el viernes, quedaos en casa'],
      flood: ['Mi correo está inundado de mensajes sobre el concierto de Alicante'],
      crash: ['Mi portátil se cuelga todo el rato, trabajo desde un café en Alicante'],
      collapse: ['Casi me desplomo de la risa en el espectáculo de Alicante'],
      unrest: ['Los sindicatos convocan una manifestación en Alicante el martes que viene'],
    },
  },
  it: {
    city: 'Verona',
    country: 'IT',
    reports: {
      attack: ['Un uomo ha sparato sui passanti a Verona, ci siamo nascosti in cantina'],
      explosion: [
        'Boato enorme nel centro di Verona, sono saltati i vetri di tutta la via',
        "Esplosione di gas in un palazzo a Verona, l'ha sentita tutto il quartiere",
      ],
      fire: [
        'Un capannone è in fiamme a Verona, fumo nero denso sopra la città',
        'La casa dei vicini sta bruciando a Verona, arrivano i vigili del fuoco',
      ],
      earthquake: [
        'Tutto il palazzo oscillava a Verona, i piatti sono caduti dagli scaffali',
        'Scossa di magnitudo cinque avvertita a Verona, sono crollati dei comignoli',
      ],
      storm: ["Una tromba d'aria ha scoperchiato i tetti a Verona"],
      flood: ["La stazione di Verona è allagata, l'acqua ci arriva alle ginocchia"],
      crash: ['Un camion ha travolto diverse auto in autostrada vicino a Verona, diversi feriti'],
      collapse: ['Una passerella è crollata nel fiume a Verona, ci sono persone in acqua'],
      unrest: [
        'La polizia lancia lacrimogeni sulla folla a Verona, negozi saccheggiati',
        'Scontri tra manifestanti e polizia a Verona, cassonetti incendiati',
      ],
    },
    non: {
      attack: ["L'Hellas Verona ha attaccato tutta la partita senza segnare"],
      explosion: ["Gli affitti a Verona sono esplosi quest'anno"],
      fire: ['Porte aperte alla caserma dei vigili del fuoco di Verona domenica'],
      earthquake: ['Quel voto è stato un terremoto politico per il comune di Verona'],
      storm: ['Allerta temporali a Verona venerdì, restate a casa'],
      flood: ['La mia casella è inondata di messaggi sul concerto di Verona'],
      crash: ['Il mio portatile si blocca di continuo, lavoro da un bar a Verona'],
      collapse: ['Sono crollato dalle risate allo spettacolo a Verona'],
      unrest: ['I sindacati hanno indetto una manifestazione a Verona per martedì prossimo'],
    },
  },
  pt: {
    city: 'Curitiba',
    country: 'BR',
    reports: {
      attack: ['Um homem atirou contra as pessoas em Curitiba, nos escondemos num porão'],
      explosion: [
        'Estrondo enorme no centro de Curitiba, os vidros da rua toda estouraram',
        'Explosão de gás num prédio em Curitiba, o bairro inteiro ouviu',
      ],
      fire: [
        'Um galpão está em chamas em Curitiba, fumaça preta densa sobre a cidade',
        'A casa dos vizinhos está queimando em Curitiba, os bombeiros estão chegando',
      ],
      earthquake: [
        'O prédio inteiro balançou em Curitiba, os pratos caíram das prateleiras',
        'Tremor de magnitude cinco sentido em Curitiba, chaminés caíram',
      ],
      storm: ['Um tornado arrancou os telhados de várias casas em Curitiba'],
      flood: ['A estação de Curitiba está alagada, a água chega aos nossos joelhos'],
      crash: ['Um caminhão atingiu vários carros na rodovia perto de Curitiba, vários feridos'],
      collapse: ['Uma passarela desabou no rio em Curitiba, tem gente na água'],
      unrest: [
        'A polícia joga gás lacrimogêneo na multidão em Curitiba, lojas saqueadas',
        'Confronto entre manifestantes e policiais em Curitiba, ônibus incendiados',
      ],
    },
    non: {
      attack: ['O Coritiba atacou o jogo todo e não marcou'],
      explosion: ['Os aluguéis em Curitiba explodiram este ano'],
      fire: ['Dia de portas abertas no quartel dos bombeiros de Curitiba no domingo'],
      earthquake: ['Essa votação foi um terremoto político na prefeitura de Curitiba'],
      storm: ['Alerta de tempestade para Curitiba na sexta, fiquem em casa'],
      flood: ['Meu e-mail está inundado de mensagens sobre o show em Curitiba'],
      crash: ['Meu notebook trava toda hora, estou trabalhando num café em Curitiba'],
      collapse: ['Quase desabei de tanto rir no show em Curitiba'],
      unrest: ['Os sindicatos convocaram um protesto em Curitiba para terça que vem'],
    },
  },
  nl: {
    city: 'Eindhoven',
    country: 'NL',
    reports: {
      attack: ['Een man schoot op voorbijgangers in Eindhoven, we hebben ons in de kelder verstopt'],
      explosion: [
        'Enorme knal in het centrum van Eindhoven, de ruiten in onze straat zijn eruit geblazen',
        'Gasexplosie in een flat in Eindhoven, de hele wijk heeft het gehoord',
      ],
      fire: [
        'Een loods in Eindhoven staat in brand, dikke zwarte rook boven de stad',
        'Het huis van de buren in Eindhoven staat in lichterlaaie, de brandweer komt eraan',
      ],
      earthquake: [
        'Het hele gebouw zwaaide heen en weer in Eindhoven, borden vielen uit de kast',
        'Aardbeving met een kracht van vijf gevoeld in Eindhoven, schoorstenen omgevallen',
      ],
      storm: ['Een windhoos heeft daken van huizen in Eindhoven gerukt'],
      flood: ['Station Eindhoven staat onder water, het water komt tot onze knieën'],
      crash: ["Een vrachtwagen is op de A2 bij Eindhoven op meerdere auto's ingereden, meerdere gewonden"],
      collapse: ['Een voetgangersbrug in Eindhoven is ingestort en in het kanaal gevallen'],
      unrest: [
        'De ME zet traangas in tegen de menigte in Eindhoven, winkels worden geplunderd',
        'Rellen in Eindhoven, relschoppers vechten met de politie',
      ],
    },
    non: {
      attack: ['PSV ging de hele wedstrijd in de aanval maar scoorde niet in Eindhoven'],
      explosion: ['De huurprijzen in Eindhoven zijn dit jaar ontploft'],
      fire: ['Open dag bij de brandweerkazerne in Eindhoven op zondag'],
      earthquake: ['Die stemming was een politieke aardbeving voor de gemeente Eindhoven'],
      storm: ['Stormwaarschuwing voor Eindhoven op vrijdag, blijf binnen'],
      flood: ['Mijn inbox wordt overspoeld met berichten over het concert in Eindhoven'],
      crash: ['Mijn laptop loopt steeds vast, ik werk vandaag vanuit een café in Eindhoven'],
      collapse: ['Ik ben bijna ingestort van vermoeidheid na de marathon in Eindhoven'],
      unrest: ['De vakbonden roepen op tot een demonstratie in Eindhoven volgende dinsdag'],
    },
  },
  pl: {
    city: 'Lublin',
    country: 'PL',
    reports: {
      attack: ['Mężczyzna strzelał do przechodniów w Lublinie, schowaliśmy się w piwnicy'],
      explosion: [
        'Potężny huk w centrum Lublina, w całej ulicy wyleciały szyby',
        'Wybuch gazu w bloku w Lublinie, słyszała go cała dzielnica',
      ],
      fire: [
        'Hala magazynowa w Lublinie stoi w płomieniach, gęsty czarny dym nad miastem',
        'Dom sąsiadów w Lublinie się pali, straż pożarna już jedzie',
      ],
      earthquake: [
        'Cały budynek się kołysał w Lublinie, talerze pospadały z półek',
        'Trzęsienie ziemi o sile pięciu stopni odczuwalne w Lublinie, spadły kominy',
      ],
      storm: ['Trąba powietrzna zerwała dachy domów w Lublinie'],
      flood: ['Dworzec w Lublinie jest zalany, woda sięga nam do kolan'],
      crash: ['Ciężarówka wjechała w kilka samochodów na obwodnicy Lublina, kilku rannych'],
      collapse: ['Kładka dla pieszych w Lublinie zawaliła się do rzeki, ludzie są w wodzie'],
      unrest: [
        'Policja używa gazu łzawiącego wobec tłumu w Lublinie, sklepy są plądrowane',
        'Starcia demonstrantów z policją w Lublinie, płoną kosze na śmieci',
      ],
    },
    non: {
      attack: ['Motor Lublin atakował cały mecz, ale nie strzelił gola'],
      explosion: ['Czynsze w Lublinie eksplodowały w tym roku'],
      fire: ['Dzień otwarty w remizie straży pożarnej w Lublinie w niedzielę'],
      earthquake: ['To głosowanie było politycznym trzęsieniem ziemi dla Lublina'],
      storm: ['Ostrzeżenie przed burzą dla Lublina na piątek, zostańcie w domu'],
      flood: ['Moja skrzynka jest zalana wiadomościami o koncercie w Lublinie'],
      crash: ['Mój laptop ciągle się zawiesza, pracuję dziś z kawiarni w Lublinie'],
      collapse: ['Prawie padłem ze śmiechu na kabarecie w Lublinie'],
      unrest: ['Związki zawodowe zwołują protest w Lublinie na przyszły wtorek'],
    },
  },
  ru: {
    city: 'Samara',
    country: 'RU',
    reports: {
      attack: ['Мужчина открыл стрельбу по прохожим в Самаре, мы спрятались в подвале'],
      explosion: [
        'Сильный грохот в центре Самары, на всей улице вылетели стёкла',
        'Взрыв газа в жилом доме в Самаре, слышал весь район',
      ],
      fire: [
        'Склад в Самаре охвачен пламенем, густой чёрный дым над городом',
        'Горит дом соседей в Самаре, пожарные уже едут',
      ],
      earthquake: [
        'Весь дом качался в Самаре, тарелки попадали с полок',
        'Землетрясение магнитудой пять ощутили в Самаре, упали печные трубы',
      ],
      storm: ['Смерч сорвал крыши с домов в Самаре'],
      flood: ['Вокзал в Самаре затоплен, вода нам по колено'],
      crash: ['Грузовик врезался в несколько машин на трассе под Самарой, есть пострадавшие'],
      collapse: ['Пешеходный мост в Самаре рухнул в реку, люди в воде'],
      unrest: [
        'Полиция применяет слезоточивый газ против толпы в Самаре, магазины грабят',
        'Стычки протестующих с полицией в Самаре, горят мусорные баки',
      ],
    },
    non: {
      attack: ['Крылья Советов весь матч атаковали в Самаре, но так и не забили'],
      explosion: ['Цены на аренду в Самаре в этом году просто взорвались'],
      fire: ['День открытых дверей в пожарной части Самары в воскресенье'],
      earthquake: ['Это голосование стало политическим землетрясением для Самары'],
      storm: ['Штормовое предупреждение в Самаре на пятницу, оставайтесь дома'],
      flood: ['Мою почту завалили письмами о концерте в Самаре'],
      crash: ['Мой ноутбук постоянно зависает, работаю из кафе в Самаре'],
      collapse: ['Я чуть не упал от смеха на концерте в Самаре'],
      unrest: ['Профсоюзы призвали к митингу в Самаре в следующий вторник'],
    },
  },
  uk: {
    city: 'Vinnytsia',
    country: 'UA',
    reports: {
      attack: ['Чоловік відкрив стрілянину по перехожих у Вінниці, ми сховалися в підвалі'],
      explosion: [
        'Потужний гуркіт у центрі Вінниці, на всій вулиці вилетіли шибки',
        'Вибух газу в житловому будинку у Вінниці, чув увесь район',
      ],
      fire: [
        'Склад у Вінниці охоплений полум’ям, густий чорний дим над містом',
        'Горить будинок сусідів у Вінниці, пожежники вже їдуть',
      ],
      earthquake: [
        'Увесь будинок хитався у Вінниці, тарілки попадали з полиць',
        'Землетрус магнітудою п’ять відчули у Вінниці, попадали димарі',
      ],
      storm: ['Смерч зірвав дахи з будинків у Вінниці'],
      flood: ['Вокзал у Вінниці затоплений, вода нам по коліна'],
      crash: ['Вантажівка врізалася в кілька автівок на трасі біля Вінниці, є постраждалі'],
      collapse: ['Пішохідний міст у Вінниці обвалився в річку, люди у воді'],
      unrest: [
        'Поліція застосовує сльозогінний газ проти натовпу у Вінниці, магазини грабують',
        'Сутички протестувальників з поліцією у Вінниці, горять смітники',
      ],
    },
    non: {
      attack: ['Нива весь матч атакувала, але так і не забила у Вінниці'],
      explosion: ['Ціни на оренду у Вінниці цього року просто вибухнули'],
      fire: ['День відкритих дверей у пожежній частині Вінниці в неділю'],
      earthquake: ['Це голосування стало політичним землетрусом для Вінниці'],
      storm: ['Штормове попередження у Вінниці на пʼятницю, залишайтеся вдома'],
      flood: ['Мою пошту завалили листами про концерт у Вінниці'],
      crash: ['Мій ноутбук постійно зависає, працюю з кафе у Вінниці'],
      collapse: ['Я мало не впав від сміху на концерті у Вінниці'],
      unrest: ['Профспілки закликали до мітингу у Вінниці наступного вівторка'],
    },
  },
  tr: {
    city: 'Eskişehir',
    country: 'TR',
    reports: {
      attack: ["Bir adam Eskişehir'de yoldan geçenlere ateş açtı, bodruma saklandık"],
      explosion: [
        'Eskişehir merkezinde çok büyük bir gürültü, bütün sokağın camları patladı',
        "Eskişehir'de bir apartmanda doğalgaz patlaması, bütün mahalle duydu",
      ],
      fire: [
        "Eskişehir'de bir depo alevler içinde, şehrin üstünde yoğun siyah duman",
        "Eskişehir'de komşuların evi yanıyor, itfaiye geliyor",
      ],
      earthquake: [
        "Eskişehir'de bütün bina sallandı, tabaklar raflardan düştü",
        "Eskişehir'de beş büyüklüğünde deprem hissedildi, bacalar yıkıldı",
      ],
      storm: ["Eskişehir'de hortum evlerin çatılarını uçurdu"],
      flood: ['Eskişehir garını su bastı, su dizlerimize kadar'],
      crash: ['Eskişehir yakınlarında bir tır birkaç araca çarptı, çok sayıda yaralı var'],
      collapse: ["Eskişehir'de bir yaya köprüsü çöktü ve nehre düştü, insanlar suda"],
      unrest: [
        "Polis Eskişehir'de kalabalığa biber gazı sıkıyor, dükkanlar yağmalanıyor",
        "Eskişehir'de göstericilerle polis arasında çatışma, çöp konteynerleri yakıldı",
      ],
    },
    non: {
      attack: ['Eskişehirspor bütün maç hücum etti ama gol atamadı'],
      explosion: ["Eskişehir'de kiralar bu yıl patladı"],
      fire: ['Pazar günü Eskişehir itfaiyesinde açık gün var'],
      earthquake: ['Bu oylama Eskişehir belediyesi için siyasi bir deprem oldu'],
      storm: ['Eskişehir için cuma günü fırtına uyarısı, evde kalın'],
      flood: ['Eskişehir konseri hakkında mesaj yağmuruna tutuldum'],
      crash: ["Laptopum sürekli donuyor, bugün Eskişehir'de bir kafeden çalışıyorum"],
      collapse: ["Eskişehir'deki gösteride gülmekten yere yıkıldım"],
      unrest: ["Sendikalar gelecek salı Eskişehir'de eylem çağrısı yaptı"],
    },
  },
  id: {
    city: 'Semarang',
    country: 'ID',
    reports: {
      attack: ['Seorang pria menembaki orang-orang di Semarang, kami bersembunyi di ruang bawah tanah'],
      explosion: [
        'Dentuman keras di pusat kota Semarang, kaca jendela di jalan kami pecah semua',
        'Ledakan gas di sebuah rumah di Semarang, satu kampung mendengarnya',
      ],
      fire: [
        'Sebuah gudang di Semarang dilalap api, asap hitam tebal di atas kota',
        'Rumah tetangga kami di Semarang terbakar, pemadam kebakaran sedang datang',
      ],
      earthquake: [
        'Seluruh gedung bergoyang di Semarang, piring-piring jatuh dari rak',
        'Gempa berkekuatan lima terasa di Semarang, beberapa cerobong runtuh',
      ],
      storm: ['Angin puting beliung menerbangkan atap rumah-rumah di Semarang'],
      flood: ['Stasiun Semarang terendam banjir, air setinggi lutut'],
      crash: ['Sebuah truk menabrak beberapa mobil di tol dekat Semarang, banyak yang luka'],
      collapse: ['Jembatan penyeberangan di Semarang ambruk ke sungai, ada orang di air'],
      unrest: [
        'Polisi menembakkan gas air mata ke kerumunan di Semarang, toko-toko dijarah',
        'Bentrok antara demonstran dan polisi di Semarang, ban dibakar',
      ],
    },
    non: {
      attack: ['PSIS Semarang terus menyerang sepanjang laga tapi tidak mencetak gol'],
      explosion: ['Harga sewa di Semarang meledak tahun ini'],
      fire: ['Hari terbuka di markas pemadam kebakaran Semarang hari Minggu'],
      earthquake: ['Pemungutan suara itu jadi gempa politik bagi pemkot Semarang'],
      storm: ['Peringatan badai untuk Semarang hari Jumat, tetap di rumah'],
      flood: ['Kotak masuk saya dibanjiri pesan soal konser di Semarang'],
      crash: ['Laptop saya terus hang, hari ini kerja dari kafe di Semarang'],
      collapse: ['Saya hampir pingsan karena tertawa di acara komedi di Semarang'],
      unrest: ['Serikat buruh menyerukan demo di Semarang Selasa depan'],
    },
  },
  tl: {
    city: 'Iloilo',
    country: 'PH',
    reports: {
      attack: ['May lalaking namaril ng mga tao sa Iloilo, nagtago kami sa bodega'],
      explosion: [
        'Malakas na pagsabog sa gitna ng Iloilo, nabasag ang mga bintana sa buong kalye',
        'Sumabog ang tangke ng gas sa isang bahay sa Iloilo, narinig ng buong barangay',
      ],
      fire: [
        'Nasusunog ang isang bodega sa Iloilo, makapal na itim na usok sa buong lungsod',
        'Nagliliyab ang bahay ng kapitbahay namin sa Iloilo, parating na ang bumbero',
      ],
      earthquake: [
        'Umuga ang buong gusali sa Iloilo, nahulog ang mga plato sa estante',
        'Lindol na magnitude lima naramdaman sa Iloilo, may mga bumagsak na pader',
      ],
      storm: ['Tinangay ng buhawi ang mga bubong ng bahay sa Iloilo'],
      flood: ['Baha sa terminal ng Iloilo, hanggang tuhod ang tubig'],
      crash: ['Bumangga ang isang trak sa ilang kotse malapit sa Iloilo, maraming sugatan'],
      collapse: ['Gumuho ang isang tulay sa Iloilo at nahulog sa ilog, may mga tao sa tubig'],
      unrest: [
        'Nagpaputok ng tear gas ang pulis sa mga tao sa Iloilo, ninanakawan ang mga tindahan',
        'Nagkagulo ang mga raliyista at pulis sa Iloilo, may sinunog na gulong',
      ],
    },
    non: {
      attack: ['Atake nang atake ang koponan ng Iloilo pero walang naipasok'],
      explosion: ['Sumabog ang presyo ng upa sa Iloilo ngayong taon'],
      fire: ['Open house sa istasyon ng bumbero sa Iloilo sa Linggo'],
      earthquake: ['Isang lindol sa pulitika ang botong iyon para sa Iloilo'],
      storm: ['Babala ng bagyo para sa Iloilo sa Biyernes, manatili sa bahay'],
      flood: ['Binaha ng mga mensahe ang inbox ko tungkol sa konsiyerto sa Iloilo'],
      crash: ['Laging nagha-hang ang laptop ko, nasa kapihan ako sa Iloilo ngayon'],
      collapse: ['Muntik na akong himatayin sa kakatawa sa palabas sa Iloilo'],
      unrest: ['Nanawagan ang mga unyon ng rali sa Iloilo sa susunod na Martes'],
    },
  },
  el: {
    city: 'Heraklion',
    country: 'GR',
    reports: {
      attack: ['Ένας άντρας άνοιξε πυρ κατά περαστικών στο Ηράκλειο, κρυφτήκαμε σε ένα υπόγειο'],
      explosion: [
        'Τεράστιος κρότος στο κέντρο του Ηρακλείου, έσπασαν τα τζάμια σε όλο τον δρόμο',
        'Έκρηξη γκαζιού σε πολυκατοικία στο Ηράκλειο, την άκουσε όλη η γειτονιά',
      ],
      fire: [
        'Μια αποθήκη στο Ηράκλειο τυλίχτηκε στις φλόγες, πυκνός μαύρος καπνός πάνω από την πόλη',
        'Καίγεται το σπίτι των γειτόνων στο Ηράκλειο, έρχεται η πυροσβεστική',
      ],
      earthquake: [
        'Όλο το κτίριο κουνιόταν στο Ηράκλειο, έπεσαν τα πιάτα από τα ράφια',
        'Σεισμός πέντε ρίχτερ έγινε αισθητός στο Ηράκλειο, έπεσαν καμινάδες',
      ],
      storm: ['Ανεμοστρόβιλος ξήλωσε στέγες σπιτιών στο Ηράκλειο'],
      flood: ['Ο σταθμός στο Ηράκλειο πλημμύρισε, το νερό μας φτάνει ως τα γόνατα'],
      crash: ['Φορτηγό έπεσε πάνω σε πολλά αυτοκίνητα στον δρόμο κοντά στο Ηράκλειο, αρκετοί τραυματίες'],
      collapse: ['Μια πεζογέφυρα στο Ηράκλειο κατέρρευσε μέσα στο ποτάμι, άνθρωποι στο νερό'],
      unrest: [
        'Η αστυνομία ρίχνει χημικά στο πλήθος στο Ηράκλειο, λεηλατούν καταστήματα',
        'Συγκρούσεις διαδηλωτών με την αστυνομία στο Ηράκλειο, καίγονται κάδοι',
      ],
    },
    non: {
      attack: ['Ο ΟΦΗ επιτέθηκε όλο το ματς στο Ηράκλειο αλλά δεν σκόραρε'],
      explosion: ['Τα ενοίκια στο Ηράκλειο έχουν εκραγεί φέτος'],
      fire: ['Ανοιχτή μέρα στην πυροσβεστική υπηρεσία του Ηρακλείου την Κυριακή'],
      earthquake: ['Αυτή η ψηφοφορία ήταν πολιτικός σεισμός για τον δήμο του Ηρακλείου'],
      storm: ['Προειδοποίηση για καταιγίδα στο Ηράκλειο την Παρασκευή, μείνετε σπίτι'],
      flood: ['Το email μου πλημμύρισε με μηνύματα για τη συναυλία στο Ηράκλειο'],
      crash: ['Το λάπτοπ μου κολλάει συνέχεια, δουλεύω από ένα καφέ στο Ηράκλειο'],
      collapse: ['Κόντεψα να καταρρεύσω από τα γέλια στην παράσταση στο Ηράκλειο'],
      unrest: ['Τα συνδικάτα κάλεσαν σε διαδήλωση στο Ηράκλειο την επόμενη Τρίτη'],
    },
  },
  ar: {
    city: 'Oran',
    country: 'DZ',
    reports: {
      attack: ['رجل أطلق النار على المارة في وهران، اختبأنا في القبو'],
      explosion: [
        'دوي هائل في وسط وهران، تحطم زجاج النوافذ في الشارع كله',
        'انفجار غاز في عمارة سكنية في وهران، سمعه الحي كله',
      ],
      fire: [
        'مستودع في وهران تلتهمه النيران، دخان أسود كثيف فوق المدينة',
        'بيت الجيران يحترق في وهران، رجال الإطفاء في الطريق',
      ],
      earthquake: [
        'العمارة كلها كانت تهتز في وهران، الصحون سقطت من الرفوف',
        'زلزال بقوة خمس درجات شعر به سكان وهران، سقطت مداخن',
      ],
      storm: ['إعصار اقتلع أسقف المنازل في وهران'],
      flood: ['محطة القطار في وهران غمرتها المياه، الماء يصل إلى الركبتين'],
      crash: ['شاحنة اصطدمت بعدة سيارات على الطريق السريع قرب وهران، عدد من الجرحى'],
      collapse: ['جسر للمشاة انهار وسقط في الوادي في وهران، أشخاص في الماء'],
      unrest: [
        'الشرطة تطلق الغاز المسيل للدموع على الحشود في وهران، نهب المحلات',
        'مواجهات بين المتظاهرين والشرطة في وهران، حرق حاويات القمامة',
      ],
    },
    non: {
      attack: ['مولودية وهران هاجمت طوال المباراة لكنها لم تسجل'],
      explosion: ['أسعار الإيجار في وهران انفجرت هذا العام'],
      fire: ['يوم مفتوح في ثكنة الحماية المدنية في وهران يوم الأحد'],
      earthquake: ['هذا التصويت كان زلزالا سياسيا لبلدية وهران'],
      storm: ['تحذير من عاصفة في وهران يوم الجمعة، ابقوا في بيوتكم'],
      flood: ['بريدي غارق في رسائل عن الحفل في وهران'],
      crash: ['حاسوبي يتعطل باستمرار، أعمل اليوم من مقهى في وهران'],
      collapse: ['كدت أنهار من الضحك في العرض في وهران'],
      unrest: ['النقابات دعت إلى وقفة احتجاجية في وهران الثلاثاء المقبل'],
    },
  },
  fa: {
    city: 'Mashhad',
    country: 'IR',
    reports: {
      attack: ['مردی در مشهد به رهگذران شلیک کرد، ما در زیرزمین پنهان شدیم'],
      explosion: [
        'صدای مهیبی در مرکز مشهد، شیشه‌های کل خیابان شکست',
        'انفجار گاز در یک ساختمان مسکونی در مشهد، کل محله صدایش را شنید',
      ],
      fire: [
        'یک انبار در مشهد در آتش می‌سوزد، دود سیاه غلیظ بالای شهر',
        'خانه همسایه‌ها در مشهد آتش گرفته، آتش‌نشانی در راه است',
      ],
      earthquake: [
        'کل ساختمان در مشهد تکان می‌خورد، بشقاب‌ها از قفسه افتادند',
        'زلزله پنج ریشتری در مشهد احساس شد، دودکش‌ها فرو ریختند',
      ],
      storm: ['گردباد سقف خانه‌ها را در مشهد کند'],
      flood: ['ایستگاه قطار مشهد را آب گرفته، آب تا زانوی ماست'],
      crash: ['یک کامیون در آزادراه نزدیک مشهد به چند خودرو کوبید، چند نفر زخمی شدند'],
      collapse: ['یک پل عابر پیاده در مشهد فرو ریخت و در رودخانه افتاد'],
      unrest: [
        'پلیس در مشهد به سوی جمعیت گاز اشک‌آور شلیک می‌کند، مغازه‌ها غارت می‌شوند',
        'درگیری معترضان با پلیس در مشهد، سطل‌های زباله به آتش کشیده شد',
      ],
    },
    non: {
      attack: ['تیم مشهد تمام بازی حمله کرد ولی گل نزد'],
      explosion: ['اجاره‌ها در مشهد امسال منفجر شده'],
      fire: ['روز درهای باز در ایستگاه آتش‌نشانی مشهد یکشنبه'],
      earthquake: ['این رأی یک زلزله سیاسی برای شورای شهر مشهد بود'],
      storm: ['هشدار طوفان برای مشهد جمعه، در خانه بمانید'],
      flood: ['سیل پیام‌ها درباره کنسرت مشهد به صندوقم سرازیر شد'],
      crash: ['لپ‌تاپم مدام هنگ می‌کند، امروز از یک کافه در مشهد کار می‌کنم'],
      collapse: ['از خنده در نمایش مشهد نزدیک بود از حال بروم'],
      unrest: ['سندیکاها برای سه‌شنبه آینده در مشهد فراخوان تجمع دادند'],
    },
  },
  hi: {
    city: 'Indore',
    country: 'IN',
    reports: {
      attack: ['इंदौर में एक आदमी ने राहगीरों पर गोलियां चलाईं, हम तहखाने में छिप गए'],
      explosion: [
        'इंदौर के बीच शहर में जोरदार धमाका, पूरी गली के शीशे टूट गए',
        'इंदौर में एक इमारत में गैस सिलेंडर फटा, पूरे मोहल्ले ने आवाज सुनी',
      ],
      fire: ['इंदौर में एक गोदाम आग की लपटों में घिरा, शहर के ऊपर घना काला धुआं', 'इंदौर में पड़ोसियों का घर जल रहा है, दमकल आ रही है'],
      earthquake: [
        'इंदौर में पूरी इमारत हिल रही थी, अलमारी से बर्तन गिर गए',
        'इंदौर में पांच तीव्रता का भूकंप महसूस हुआ, कई चिमनियां गिरीं',
      ],
      storm: ['इंदौर में तेज आंधी ने घरों की छतें उड़ा दीं'],
      flood: ['इंदौर स्टेशन में पानी भर गया, घुटनों तक पानी है'],
      crash: ['इंदौर के पास हाईवे पर एक ट्रक ने कई गाड़ियों को टक्कर मारी, कई घायल'],
      collapse: ['इंदौर में एक पैदल पुल ढह कर नदी में गिर गया, लोग पानी में हैं'],
      unrest: [
        'इंदौर में पुलिस ने भीड़ पर आंसू गैस के गोले छोड़े, दुकानें लूटी जा रही हैं',
        'इंदौर में प्रदर्शनकारियों और पुलिस के बीच झड़प, जमकर पथराव',
      ],
    },
    non: {
      attack: ['इंदौर की टीम ने पूरे मैच में हमला किया पर गोल नहीं कर सकी'],
      explosion: ['इंदौर में ऑनलाइन ऑर्डर में इस साल विस्फोटक बढ़ोतरी हुई'],
      fire: ['रविवार को इंदौर के फायर स्टेशन में ओपन डे है'],
      earthquake: ['यह वोट इंदौर नगर निगम के लिए राजनीतिक भूकंप था'],
      storm: ['इंदौर में शुक्रवार को आंधी तूफान की चेतावनी, घर में रहें'],
      flood: ['इंदौर के कॉन्सर्ट को लेकर मेरे फोन पर संदेशों की बाढ़ आ गई'],
      crash: ['मेरा लैपटॉप बार बार हैंग हो रहा है, आज इंदौर के एक कैफे से काम कर रहा हूं'],
      collapse: ['इंदौर के कॉमेडी शो में हंसते हंसते लोटपोट हो गया'],
      unrest: ['यूनियनों ने अगले मंगलवार इंदौर में विरोध प्रदर्शन का आह्वान किया है'],
    },
  },
  ja: {
    city: 'Kanazawa',
    country: 'JP',
    reports: {
      attack: ['金沢で男が通行人に発砲、私たちは地下室に隠れた'],
      explosion: [
        '金沢の中心部でものすごい爆音、通り中の窓ガラスが割れた',
        '金沢のマンションでガス爆発、近所中に音が響いた',
      ],
      fire: [
        '金沢の倉庫が炎に包まれている、街の上に黒い煙がもくもく',
        '金沢で隣の家が燃えている、消防車が向かっている',
      ],
      earthquake: ['金沢で建物全体が揺れて、棚からお皿が落ちた', '金沢でマグニチュード5の地震、煙突が倒れた'],
      storm: ['金沢で竜巻が発生、家の屋根が飛ばされた'],
      flood: ['金沢駅が冠水、膝まで水が来ている'],
      crash: ['金沢近くの高速でトラックが複数の車に突っ込んだ、けが人多数'],
      collapse: ['金沢で歩道橋が崩れて川に落ちた、人が水の中にいる'],
      unrest: [
        '金沢で警察が群衆に催涙ガスを発射、店が略奪されている',
        '金沢でデモ隊と警察が衝突、ゴミ箱に火がつけられた',
      ],
    },
    non: {
      attack: ['ツエーゲン金沢は攻撃し続けたが得点できなかった'],
      explosion: ['金沢の家賃が今年爆発的に上がった'],
      fire: ['日曜日に金沢の消防署で一般公開がある'],
      earthquake: ['あの投票は金沢市議会にとって政治的な地震だった'],
      storm: ['金曜日に金沢で暴風警報、家にいてください'],
      flood: ['金沢のライブについてのメッセージが殺到している'],
      crash: ['ノートパソコンがずっとフリーズする、今日は金沢のカフェで仕事'],
      collapse: ['金沢のお笑いライブで笑い崩れた'],
      unrest: ['労働組合が来週火曜日に金沢で抗議集会を呼びかけた'],
    },
  },
  zh: {
    city: "Xi'an",
    country: 'CN',
    reports: {
      attack: ['西安有男子向路人开枪，我们躲进了地下室'],
      explosion: ['西安市中心一声巨响，整条街的玻璃都震碎了', '西安一栋居民楼发生燃气爆炸，整个小区都听到了'],
      fire: ['西安一座仓库陷入火海，城市上空浓浓的黑烟', '西安邻居家着火了，消防车正在赶来'],
      earthquake: ['西安整栋楼都在晃，盘子从架子上掉下来了', '西安有震感，五级地震，烟囱倒了'],
      storm: ['西安出现龙卷风，房顶被掀翻了'],
      flood: ['西安火车站被淹，水到膝盖了'],
      crash: ['西安附近高速上一辆货车撞上多辆汽车，多人受伤'],
      collapse: ['西安一座人行天桥坍塌掉进河里，有人落水'],
      unrest: ['西安警察向人群发射催泪弹，商店遭到哄抢', '西安抗议者与警察发生冲突，垃圾桶被点燃'],
    },
    non: {
      attack: ['西安队整场都在进攻但没有进球'],
      explosion: ['西安外卖订单今年爆炸式增长'],
      fire: ['周日西安消防站开放日，欢迎带孩子来'],
      earthquake: ['这次投票对西安市政府来说是一场政治地震'],
      storm: ['周五西安有暴风预警，请待在家里'],
      flood: ['关于西安演唱会的消息刷屏了，我的手机被淹没了'],
      crash: ['我的电脑一直死机，今天在西安的咖啡馆工作'],
      collapse: ['在西安看脱口秀笑到崩溃'],
      unrest: ['工会号召下周二在西安举行抗议集会'],
    },
  },
  ko: {
    city: 'Gwangju',
    country: 'KR',
    reports: {
      attack: ['광주에서 한 남성이 행인들에게 총을 쐈다, 우리는 지하실에 숨었다'],
      explosion: [
        '광주 시내에서 엄청난 굉음, 거리 전체 유리창이 깨졌다',
        '광주 아파트에서 가스 폭발, 온 동네가 들었다',
      ],
      fire: [
        '광주의 한 창고가 화염에 휩싸였다, 도시 위로 시커먼 연기',
        '광주에서 옆집이 불타고 있다, 소방차가 오고 있다',
      ],
      earthquake: [
        '광주에서 건물 전체가 흔들렸고 선반에서 접시가 떨어졌다',
        '광주에서 규모 5 지진 감지, 굴뚝이 무너졌다',
      ],
      storm: ['광주에 회오리바람이 불어 집 지붕이 날아갔다'],
      flood: ['광주역이 침수됐다, 물이 무릎까지 찼다'],
      crash: ['광주 인근 고속도로에서 트럭이 차량 여러 대를 들이받아 여러 명 부상'],
      collapse: ['광주에서 육교가 무너져 강으로 떨어졌다, 사람들이 물에 빠졌다'],
      unrest: [
        '광주에서 경찰이 군중에게 최루탄을 쐈다, 상점이 약탈당하고 있다',
        '광주에서 시위대와 경찰이 충돌, 쓰레기통에 불을 질렀다',
      ],
    },
    non: {
      attack: ['광주FC는 경기 내내 공격했지만 골을 넣지 못했다'],
      explosion: ['광주 월세가 올해 폭발적으로 올랐다'],
      fire: ['일요일 광주 소방서 견학의 날, 아이들과 오세요'],
      earthquake: ['이번 투표는 광주 시의회에 정치적 지진이었다'],
      storm: ['금요일 광주에 강풍 경보, 집에 계세요'],
      flood: ['광주 콘서트 관련 메시지가 쏟아지고 있다'],
      crash: ['노트북이 계속 멈춘다, 오늘은 광주 카페에서 일한다'],
      collapse: ['광주 코미디 공연에서 웃다가 쓰러질 뻔했다'],
      unrest: ['노조가 다음 주 화요일 광주에서 집회를 열자고 호소했다'],
    },
  },
  he: {
    city: 'Netanya',
    country: 'IL',
    reports: {
      attack: ['אדם פתח באש על עוברים ושבים בנתניה, התחבאנו במקלט'],
      explosion: ['בום עצום במרכז נתניה, כל החלונות ברחוב התנפצו', 'פיצוץ גז בבניין מגורים בנתניה, כל השכונה שמעה'],
      fire: ['מחסן בנתניה עולה בלהבות, עשן שחור סמיך מעל העיר', 'הבית של השכנים בנתניה בוער, הכבאים בדרך'],
      earthquake: ['כל הבניין התנדנד בנתניה, צלחות נפלו מהמדפים', 'רעידת אדמה בעוצמה חמש הורגשה בנתניה, ארובות נפלו'],
      storm: ['טורנדו עקר גגות של בתים בנתניה'],
      flood: ['תחנת הרכבת בנתניה הוצפה, המים מגיעים עד הברכיים'],
      crash: ['משאית התנגשה בכמה מכוניות בכביש ליד נתניה, כמה פצועים'],
      collapse: ['גשר הולכי רגל בנתניה קרס ונפל לנחל, אנשים במים'],
      unrest: [
        'המשטרה יורה גז מדמיע על ההמון בנתניה, חנויות נבזזות',
        'עימותים בין מפגינים לשוטרים בנתניה, פחי אשפה הוצתו',
      ],
    },
    non: {
      attack: ['מכבי נתניה תקפה כל המשחק אבל לא הבקיעה'],
      explosion: ['שכר הדירה בנתניה התפוצץ השנה'],
      fire: ['יום פתוח בתחנת הכיבוי של נתניה ביום ראשון'],
      earthquake: ['ההצבעה הזאת הייתה רעידת אדמה פוליטית לעיריית נתניה'],
      storm: ['אזהרת סערה לנתניה ביום שישי, הישארו בבית'],
      flood: ['התיבה שלי מוצפת בהודעות על ההופעה בנתניה'],
      crash: ['הלפטופ שלי כל הזמן נתקע, אני עובד היום מבית קפה בנתניה'],
      collapse: ['כמעט התמוטטתי מצחוק בהופעה בנתניה'],
      unrest: ['האיגודים קראו להפגנה בנתניה ביום שלישי הבא'],
    },
  },
  ur: {
    city: 'Multan',
    country: 'PK',
    reports: {
      attack: ['ملتان میں ایک شخص نے راہگیروں پر فائرنگ کی، ہم تہہ خانے میں چھپ گئے'],
      explosion: [
        'ملتان کے مرکز میں زوردار دھماکا، پوری گلی کے شیشے ٹوٹ گئے',
        'ملتان میں ایک عمارت میں گیس سلنڈر پھٹ گیا، پورے محلے نے آواز سنی',
      ],
      fire: [
        'ملتان میں ایک گودام آگ کے شعلوں میں گھرا ہے، شہر پر گہرا سیاہ دھواں',
        'ملتان میں پڑوسیوں کا گھر جل رہا ہے، فائر بریگیڈ آ رہی ہے',
      ],
      earthquake: [
        'ملتان میں پوری عمارت ہل رہی تھی، الماری سے برتن گر گئے',
        'ملتان میں پانچ شدت کا زلزلہ محسوس کیا گیا، کئی چمنیاں گر گئیں',
      ],
      storm: ['ملتان میں تیز آندھی نے گھروں کی چھتیں اڑا دیں'],
      flood: ['ملتان ریلوے اسٹیشن میں پانی بھر گیا، گھٹنوں تک پانی ہے'],
      crash: ['ملتان کے قریب موٹروے پر ایک ٹرک کئی گاڑیوں سے ٹکرا گیا، متعدد زخمی'],
      collapse: ['ملتان میں ایک پیدل پل گر کر دریا میں جا گرا، لوگ پانی میں ہیں'],
      unrest: [
        'ملتان میں پولیس نے ہجوم پر آنسو گیس کے شیل فائر کیے، دکانیں لوٹی جا رہی ہیں',
        'ملتان میں مظاہرین اور پولیس کے درمیان جھڑپیں، شدید پتھراؤ',
      ],
    },
    non: {
      attack: ['ملتان سلطانز نے پورے میچ میں جارحانہ کھیل پیش کیا لیکن جیت نہ سکے'],
      explosion: ['ملتان میں اس سال کرایوں میں دھماکا خیز اضافہ ہوا'],
      fire: ['اتوار کو ملتان فائر اسٹیشن میں اوپن ڈے ہے'],
      earthquake: ['یہ ووٹ ملتان کی بلدیہ کے لیے سیاسی زلزلہ تھا'],
      storm: ['جمعہ کو ملتان میں آندھی کی وارننگ، گھر میں رہیں'],
      flood: ['ملتان کنسرٹ کے بارے میں میرے فون پر پیغامات کا سیلاب آ گیا'],
      crash: ['میرا لیپ ٹاپ بار بار ہینگ ہو رہا ہے، آج ملتان کے ایک کیفے سے کام کر رہا ہوں'],
      collapse: ['ملتان کے کامیڈی شو میں ہنستے ہنستے لوٹ پوٹ ہو گیا'],
      unrest: ['یونینوں نے اگلے منگل ملتان میں احتجاج کی کال دی ہے'],
    },
  },
  bn: {
    city: 'Khulna',
    country: 'BD',
    reports: {
      attack: ['খুলনায় এক ব্যক্তি পথচারীদের ওপর গুলি চালিয়েছে, আমরা বেসমেন্টে লুকিয়েছি'],
      explosion: [
        'খুলনা শহরের কেন্দ্রে বিকট শব্দ, পুরো রাস্তার জানালার কাচ ভেঙে গেছে',
        'খুলনায় একটি ভবনে গ্যাস সিলিন্ডার বিস্ফোরণ, পুরো পাড়া শব্দ শুনেছে',
      ],
      fire: ['খুলনায় একটি গুদাম আগুনের শিখায় জ্বলছে, শহরের ওপর ঘন কালো ধোঁয়া', 'খুলনায় প্রতিবেশীর বাড়ি পুড়ছে, দমকল আসছে'],
      earthquake: ['খুলনায় পুরো ভবন দুলছিল, তাক থেকে থালা পড়ে গেছে', 'খুলনায় পাঁচ মাত্রার ভূমিকম্প অনুভূত, কয়েকটি চিমনি ভেঙে পড়েছে'],
      storm: ['খুলনায় ঘূর্ণিঝড়ে বাড়ির চাল উড়ে গেছে'],
      flood: ['খুলনা রেলস্টেশনে পানি উঠেছে, হাঁটু পর্যন্ত পানি'],
      crash: ['খুলনার কাছে মহাসড়কে একটি ট্রাক কয়েকটি গাড়িকে ধাক্কা দিয়েছে, অনেকে আহত'],
      collapse: ['খুলনায় একটি ফুটওভার ব্রিজ ভেঙে নদীতে পড়েছে, লোকজন পানিতে'],
      unrest: [
        'খুলনায় পুলিশ জনতার ওপর কাঁদানে গ্যাস ছুড়ছে, দোকান লুট হচ্ছে',
        'খুলনায় বিক্ষোভকারী ও পুলিশের মধ্যে সংঘর্ষ, ব্যাপক ইটপাটকেল নিক্ষেপ',
      ],
    },
    non: {
      attack: ['খুলনার দল পুরো ম্যাচ আক্রমণ করেও গোল করতে পারেনি'],
      explosion: ['খুলনায় এ বছর বাড়িভাড়া বিস্ফোরক হারে বেড়েছে'],
      fire: ['রবিবার খুলনা ফায়ার স্টেশনে খোলা দিবস'],
      earthquake: ['এই ভোট খুলনা সিটি করপোরেশনের জন্য রাজনৈতিক ভূমিকম্প'],
      storm: ['শুক্রবার খুলনায় ঝড়ের সতর্কতা, ঘরে থাকুন'],
      flood: ['খুলনার কনসার্ট নিয়ে আমার ফোনে বার্তার বন্যা'],
      crash: ['আমার ল্যাপটপ বারবার হ্যাং হচ্ছে, আজ খুলনার একটি ক্যাফে থেকে কাজ করছি'],
      collapse: ['খুলনার কমেডি শোতে হাসতে হাসতে লুটিয়ে পড়লাম'],
      unrest: ['শ্রমিক সংগঠনগুলো আগামী মঙ্গলবার খুলনায় বিক্ষোভের ডাক দিয়েছে'],
    },
  },
} satisfies Record<string, HeldOutReportsD>;

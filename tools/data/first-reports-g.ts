/**
 * Half G of the first-report parity kit (tools/data/first-reports.ts), held
 * out: written on branch firsthand before any fix of that branch and measured
 * once at its end. Sentences in the styles real first posts take, not
 * headlines: short, exclamatory, a shouted word, questions to others ("did
 * anyone else feel that?"), a sound heard, what one sees, hashtags. Per
 * language, three earthquake reports (a shouted word and a question to
 * others; a bed that moved and "anyone else?"; a hashtag and a lamp still
 * swinging), two explosion reports (a bang heard and a question; smoke seen
 * and sirens), two attack reports (shots heard; a shouted "shooting", people
 * running), one report for each other category (flames seen next door, a
 * tree brought down by the wind, water coming into the house, a crash heard
 * on the motorway, a building seen coming down, running battles with police),
 * and one non-report per category in the same styles (a striker's attack, a
 * phone exploding with messages, a band that is fire, "would anyone even
 * feel a quake here?", a storm warning, flooded with orders, "did the site
 * crash for anyone else?", collapsed on the sofa, riots recalled). New
 * sentences, new cities; no post of any corpus.
 */
import type { EventCategory } from '../../functions/domain/detector/seeds';

export interface HeldOutReportsG {
  city: string;
  country: string;
  reports: Record<Exclude<EventCategory, 'earthquake' | 'explosion' | 'attack'>, readonly [string]> & {
    earthquake: readonly [string, string, string];
    explosion: readonly [string, string];
    attack: readonly [string, string];
  };
  non: Record<EventCategory, readonly [string]>;
}

export const FIRST_REPORTS_G = {
  en: {
    city: 'Leicester',
    country: 'GB',
    reports: {
      attack: [
        'Shots!! heard at least ten shots near the station in Leicester, everyone get inside',
        'SHOOTING at the shopping centre in Leicester, people running and screaming, stay away',
      ],
      explosion: [
        'What was that huge bang?! heard it all over Leicester, our windows rattled',
        'Explosion!! thick smoke rising over the industrial estate in Leicester, sirens everywhere',
      ],
      fire: ['Huge flames coming out of the roof next door in Leicester!! someone call the fire brigade'],
      earthquake: [
        'EARTHQUAKE in Leicester!! did you all feel that?!',
        'Was that a tremor?? my whole bed just moved, anyone else in Leicester?',
        '#earthquake the lamp is still swinging, never felt anything like it #Leicester',
      ],
      storm: ['Did you hear that wind?? a tree just came down on our car in Leicester #storm'],
      flood: ['Water coming into our house in Leicester!!! the whole street is a lake'],
      crash: ['Just heard a massive crash on the motorway near Leicester, cars piled up, ambulances on the way'],
      collapse: ['OMG the building across the street in Leicester just came down, dust everywhere, people screaming'],
      unrest: ['Running battles with police in Leicester city centre right now, bins on fire, tear gas everywhere'],
    },
    non: {
      attack: ['Did you see that attack by our striker?! what a goal #Leicester'],
      explosion: ['My phone just exploded with messages lol, what is going on in Leicester today??'],
      fire: ['This new band from Leicester is FIRE!! anyone else going tonight?'],
      earthquake: ['Is Leicester ready for a big earthquake? would anyone even feel it here?'],
      storm: ['Storm warning for Leicester tomorrow, will you go to work or stay home?'],
      flood: ['Flooded with orders this week!! thank you Leicester'],
      crash: ['Did the website crash for anyone else?? cannot buy tickets for the Leicester game'],
      collapse: ['Just collapsed on the sofa after the half marathon in Leicester, anyone else dead tired?'],
      unrest: ['Remember the Leicester riots ten years ago? crazy times'],
    },
  },
  de: {
    city: 'Dortmund',
    country: 'DE',
    reports: {
      attack: [
        'Schüsse!! hab mindestens zehn Schüsse am Bahnhof in Dortmund gehört, alle rein',
        'SCHIESSEREI im Einkaufszentrum in Dortmund, Leute rennen und schreien, bleibt weg',
      ],
      explosion: [
        'Was war das für ein riesiger Knall?! in ganz Dortmund zu hören, unsere Fenster haben geklirrt',
        'Explosion!! dicker Rauch über dem Industriegebiet in Dortmund, überall Sirenen',
      ],
      fire: ['Riesige Flammen schlagen aus dem Dach nebenan in Dortmund!! ruft jemand die Feuerwehr'],
      earthquake: [
        'ERDBEBEN in Dortmund!! habt ihr das auch gespürt?!',
        'War das ein Beben?? mein ganzes Bett hat sich bewegt, sonst noch jemand in Dortmund?',
        '#Erdbeben die Lampe schwingt immer noch, so was hab ich noch nie gespürt #Dortmund',
      ],
      storm: ['Habt ihr den Wind gehört?? gerade ist ein Baum auf unser Auto gekracht in Dortmund #Sturm'],
      flood: ['Das Wasser kommt ins Haus in Dortmund!!! die ganze Straße ist ein See'],
      crash: [
        'Gerade einen heftigen Knall auf der Autobahn bei Dortmund gehört, Autos ineinander, Krankenwagen kommen',
      ],
      collapse: ['OMG das Haus gegenüber in Dortmund ist gerade eingestürzt, überall Staub, Leute schreien'],
      unrest: ['Straßenschlachten mit der Polizei in der Dortmunder Innenstadt, Mülltonnen brennen, überall Tränengas'],
    },
    non: {
      attack: ['Habt ihr den Angriff von unserem Stürmer gesehen?! was für ein Tor #Dortmund'],
      explosion: ['Mein Handy explodiert gerade vor Nachrichten lol, was ist heute in Dortmund los??'],
      fire: ['Die neue Band aus Dortmund ist FEUER!! geht noch jemand heute Abend hin?'],
      earthquake: ['Ist Dortmund auf ein starkes Erdbeben vorbereitet? würde man das hier überhaupt spüren?'],
      storm: ['Sturmwarnung für Dortmund morgen, geht ihr zur Arbeit oder bleibt ihr zu Hause?'],
      flood: ['Diese Woche mit Bestellungen überflutet!! danke Dortmund'],
      crash: ['Ist die Seite bei euch auch abgestürzt?? kann keine Tickets fürs Spiel in Dortmund kaufen'],
      collapse: ['Nach dem Halbmarathon in Dortmund aufs Sofa zusammengebrochen, noch jemand todmüde?'],
      unrest: ['Wisst ihr noch, die Krawalle in Dortmund vor zehn Jahren? verrückte Zeiten'],
    },
  },
  fr: {
    city: 'Lille',
    country: 'FR',
    reports: {
      attack: [
        "Des tirs !! j'ai entendu au moins dix coups de feu près de la gare à Lille, rentrez tous",
        'FUSILLADE au centre commercial à Lille, des gens courent et crient, restez loin',
      ],
      explosion: [
        "C'était quoi ce bruit énorme ?! on l'a entendu dans tout Lille, nos vitres ont vibré",
        'Explosion !! une épaisse fumée au-dessus de la zone industrielle à Lille, des sirènes partout',
      ],
      fire: ["D'énormes flammes sortent du toit d'à côté à Lille !! appelez les pompiers"],
      earthquake: [
        "SÉISME à Lille !! vous l'avez senti ?!",
        "C'était une secousse ?? tout mon lit a bougé, quelqu'un d'autre à Lille ?",
        '#séisme la lampe se balance encore, jamais senti un truc pareil #Lille',
      ],
      storm: ['Vous avez entendu ce vent ?? un arbre vient de tomber sur notre voiture à Lille #tempête'],
      flood: ["L'eau rentre dans la maison à Lille !!! toute la rue est un lac"],
      crash: [
        "Je viens d'entendre un énorme choc sur l'autoroute près de Lille, des voitures encastrées, les ambulances arrivent",
      ],
      collapse: ["OMG l'immeuble d'en face à Lille vient de s'effondrer, de la poussière partout, des gens hurlent"],
      unrest: [
        'Affrontements avec la police dans le centre de Lille en ce moment, poubelles en feu, gaz lacrymogène partout',
      ],
    },
    non: {
      attack: ["Vous avez vu l'attaque de notre buteur ?! quel but #Lille"],
      explosion: ["Mon téléphone explose de messages mdr, il se passe quoi à Lille aujourd'hui ??"],
      fire: ["Ce nouveau groupe de Lille c'est du FEU !! qui y va ce soir ?"],
      earthquake: ['Lille est-elle prête pour un gros séisme ? est-ce que quelqu’un le sentirait seulement ici ?'],
      storm: ['Alerte tempête pour Lille demain, vous allez au travail ou vous restez chez vous ?'],
      flood: ['Inondés de commandes cette semaine !! merci Lille'],
      crash: ['Le site a planté chez vous aussi ?? impossible d’acheter des billets pour le match à Lille'],
      collapse: ['Je me suis effondré sur le canapé après le semi-marathon de Lille, vous aussi morts de fatigue ?'],
      unrest: ['Vous vous souvenez des émeutes de Lille il y a dix ans ? quelle époque'],
    },
  },
  es: {
    city: 'Valladolid',
    country: 'ES',
    reports: {
      attack: [
        '¡¡Disparos!! he oído por lo menos diez tiros cerca de la estación en Valladolid, todos dentro',
        'TIROTEO en el centro comercial de Valladolid, gente corriendo y gritando, no os acerquéis',
      ],
      explosion: [
        '¡¿Qué ha sido ese estruendo?! se ha oído en todo Valladolid, nos temblaron los cristales',
        '¡¡Explosión!! humo espeso sobre el polígono industrial de Valladolid, sirenas por todas partes',
      ],
      fire: ['¡¡Llamas enormes saliendo del tejado de al lado en Valladolid!! que alguien llame a los bomberos'],
      earthquake: [
        '¡¡TERREMOTO en Valladolid!! ¿¿lo habéis notado??',
        '¿¿Eso ha sido un temblor?? se me ha movido toda la cama, ¿alguien más en Valladolid?',
        '#terremoto la lámpara sigue moviéndose, nunca había sentido nada igual #Valladolid',
      ],
      storm: ['¿¿Habéis oído ese viento?? se acaba de caer un árbol encima de nuestro coche en Valladolid #temporal'],
      flood: ['¡¡¡Nos entra el agua en casa en Valladolid!!! toda la calle es un lago'],
      crash: [
        'Acabo de oír un golpe tremendo en la autovía cerca de Valladolid, coches empotrados, vienen ambulancias',
      ],
      collapse: [
        'Dios mío, el edificio de enfrente en Valladolid se acaba de venir abajo, polvo por todas partes, gente gritando',
      ],
      unrest: [
        'Batalla campal con la policía en el centro de Valladolid ahora mismo, contenedores ardiendo, gases lacrimógenos',
      ],
    },
    non: {
      attack: ['¡¿Habéis visto el ataque de nuestro delantero?! vaya golazo #Valladolid'],
      explosion: ['Mi móvil está explotando de mensajes jaja, ¿qué pasa hoy en Valladolid??'],
      fire: ['¡¡Este grupo nuevo de Valladolid es FUEGO!! ¿alguien más va esta noche?'],
      earthquake: ['¿Está Valladolid preparada para un gran terremoto? ¿alguien lo notaría siquiera aquí?'],
      storm: ['Aviso de tormenta para Valladolid mañana, ¿vais a trabajar o os quedáis en casa?'],
      flood: ['¡¡Inundados de pedidos esta semana!! gracias Valladolid'],
      crash: ['¿¿A alguien más se le ha caído la web?? no puedo comprar entradas para el partido en Valladolid'],
      collapse: [
        'Me he desplomado en el sofá después de la media maratón de Valladolid, ¿alguien más muerto de cansancio?',
      ],
      unrest: ['¿Os acordáis de los disturbios de Valladolid hace diez años? qué tiempos'],
    },
  },
  it: {
    city: 'Catania',
    country: 'IT',
    reports: {
      attack: [
        'Spari!! ho sentito almeno dieci colpi vicino alla stazione a Catania, tutti dentro',
        'SPARATORIA al centro commerciale di Catania, gente che corre e urla, state lontani',
      ],
      explosion: [
        "Cos'era quel botto enorme?! si è sentito in tutta Catania, ci hanno tremato i vetri",
        'Esplosione!! fumo denso sopra la zona industriale di Catania, sirene ovunque',
      ],
      fire: ['Fiamme enormi escono dal tetto accanto a Catania!! qualcuno chiami i pompieri'],
      earthquake: [
        "TERREMOTO a Catania!! l'avete sentito?!",
        'Era una scossa?? mi si è mosso tutto il letto, qualcun altro a Catania?',
        '#terremoto il lampadario oscilla ancora, mai sentito niente del genere #Catania',
      ],
      storm: ['Avete sentito che vento?? è appena caduto un albero sulla nostra macchina a Catania #maltempo'],
      flood: ["Ci entra l'acqua in casa a Catania!!! tutta la strada è un lago"],
      crash: [
        'Ho appena sentito uno schianto fortissimo in autostrada vicino a Catania, auto accartocciate, arrivano le ambulanze',
      ],
      collapse: ['Oddio il palazzo di fronte a Catania è appena venuto giù, polvere dappertutto, gente che urla'],
      unrest: [
        'Scontri con la polizia nel centro di Catania in questo momento, cassonetti in fiamme, lacrimogeni ovunque',
      ],
    },
    non: {
      attack: ["Avete visto l'attacco del nostro centravanti?! che gol #Catania"],
      explosion: ['Il mio telefono sta esplodendo di messaggi ahah, che succede oggi a Catania??'],
      fire: ['Questa nuova band di Catania è FUOCO!! qualcun altro ci va stasera?'],
      earthquake: ['Catania è pronta per un forte terremoto? qualcuno lo sentirebbe qui?'],
      storm: ['Allerta tempesta per Catania domani, andate al lavoro o restate a casa?'],
      flood: ['Inondati di ordini questa settimana!! grazie Catania'],
      crash: ['Il sito è crashato anche a voi?? non riesco a comprare i biglietti per la partita a Catania'],
      collapse: ['Crollato sul divano dopo la mezza maratona di Catania, anche voi morti di stanchezza?'],
      unrest: ['Vi ricordate gli scontri di Catania dieci anni fa? che tempi'],
    },
  },
  pt: {
    city: 'Campinas',
    country: 'BR',
    reports: {
      attack: [
        'Tiros!! ouvi pelo menos dez tiros perto da rodoviária em Campinas, todo mundo pra dentro',
        'TIROTEIO no shopping em Campinas, gente correndo e gritando, fiquem longe',
      ],
      explosion: [
        'Que estrondo foi esse?! deu pra ouvir em Campinas inteira, nossas janelas tremeram',
        'Explosão!! fumaça grossa em cima do distrito industrial de Campinas, sirenes por todo lado',
      ],
      fire: ['Chamas enormes saindo do telhado do vizinho em Campinas!! alguém chama os bombeiros'],
      earthquake: [
        'TERREMOTO em Campinas!! vocês sentiram isso?!',
        'Foi um tremor?? minha cama inteira mexeu, mais alguém em Campinas?',
        '#terremoto o lustre ainda está balançando, nunca senti nada assim #Campinas',
      ],
      storm: ['Vocês ouviram esse vento?? uma árvore acabou de cair em cima do nosso carro em Campinas #temporal'],
      flood: ['A água está entrando em casa em Campinas!!! a rua inteira virou um lago'],
      crash: [
        'Acabei de ouvir uma batida fortíssima na rodovia perto de Campinas, carros engavetados, ambulâncias chegando',
      ],
      collapse: ['Meu Deus o prédio em frente em Campinas acabou de desabar, poeira pra todo lado, gente gritando'],
      unrest: [
        'Confronto com a polícia no centro de Campinas agora, lixeiras pegando fogo, gás lacrimogêneo por todo lado',
      ],
    },
    non: {
      attack: ['Viram o ataque do nosso atacante?! que golaço #Campinas'],
      explosion: ['Meu celular está explodindo de mensagens kkk, o que está acontecendo em Campinas hoje??'],
      fire: ['Essa banda nova de Campinas é FOGO!! mais alguém vai hoje à noite?'],
      earthquake: ['Campinas está preparada para um terremoto forte? alguém ia sentir aqui?'],
      storm: ['Alerta de tempestade para Campinas amanhã, vocês vão trabalhar ou ficar em casa?'],
      flood: ['Inundados de pedidos essa semana!! obrigado Campinas'],
      crash: ['O site caiu pra mais alguém?? não consigo comprar ingresso pro jogo em Campinas'],
      collapse: ['Desabei no sofá depois da meia maratona de Campinas, mais alguém morto de cansaço?'],
      unrest: ['Lembram dos tumultos em Campinas dez anos atrás? que época'],
    },
  },
  nl: {
    city: 'Nijmegen',
    country: 'NL',
    reports: {
      attack: [
        'Schoten!! minstens tien schoten gehoord bij het station in Nijmegen, iedereen naar binnen',
        'SCHIETPARTIJ in het winkelcentrum in Nijmegen, mensen rennen en gillen, blijf weg',
      ],
      explosion: [
        'Wat was die enorme knal?! in heel Nijmegen te horen, onze ramen rammelden',
        'Explosie!! dikke rook boven het industrieterrein in Nijmegen, overal sirenes',
      ],
      fire: ['Enorme vlammen uit het dak van de buren in Nijmegen!! bel iemand de brandweer'],
      earthquake: [
        'AARDBEVING in Nijmegen!! hebben jullie dat gevoeld?!',
        'Was dat een beving?? mijn hele bed bewoog, nog iemand in Nijmegen?',
        '#aardbeving de lamp schommelt nog steeds, nog nooit zoiets gevoeld #Nijmegen',
      ],
      storm: ['Hoorden jullie die wind?? er is net een boom op onze auto gevallen in Nijmegen #storm'],
      flood: ['Het water komt ons huis binnen in Nijmegen!!! de hele straat is een meer'],
      crash: ['Net een enorme klap gehoord op de snelweg bij Nijmegen, auto’s in elkaar, ambulances onderweg'],
      collapse: ['OMG het gebouw aan de overkant in Nijmegen is net ingestort, overal stof, mensen schreeuwen'],
      unrest: ['Rellen met de politie in het centrum van Nijmegen op dit moment, containers in brand, overal traangas'],
    },
    non: {
      attack: ['Zagen jullie die aanval van onze spits?! wat een goal #Nijmegen'],
      explosion: ['Mijn telefoon ontploft van de berichten haha, wat is er vandaag aan de hand in Nijmegen??'],
      fire: ['Die nieuwe band uit Nijmegen is VUUR!! gaat er nog iemand vanavond?'],
      earthquake: ['Is Nijmegen klaar voor een zware aardbeving? zou iemand het hier eigenlijk voelen?'],
      storm: ['Stormwaarschuwing voor Nijmegen morgen, gaan jullie werken of blijven jullie thuis?'],
      flood: ['Deze week overspoeld met bestellingen!! dank je Nijmegen'],
      crash: ['Is de site bij jullie ook gecrasht?? kan geen kaartjes kopen voor de wedstrijd in Nijmegen'],
      collapse: ['Op de bank ingestort na de halve marathon in Nijmegen, nog iemand doodmoe?'],
      unrest: ['Weten jullie nog, de rellen in Nijmegen tien jaar geleden? gekke tijden'],
    },
  },
  pl: {
    city: 'Szczecin',
    country: 'PL',
    reports: {
      attack: [
        'Strzały!! słyszałem co najmniej dziesięć strzałów koło dworca w Szczecinie, wszyscy do środka',
        'STRZELANINA w galerii w Szczecinie, ludzie biegną i krzyczą, nie podchodźcie',
      ],
      explosion: [
        'Co to był za potężny huk?! słychać było w całym Szczecinie, szyby nam zadrżały',
        'Wybuch!! gęsty dym nad strefą przemysłową w Szczecinie, wszędzie syreny',
      ],
      fire: ['Ogromne płomienie buchają z dachu obok w Szczecinie!! niech ktoś dzwoni po straż'],
      earthquake: [
        'TRZĘSIENIE ZIEMI w Szczecinie!! czuliście to?!',
        'To był wstrząs?? całe łóżko mi się ruszyło, ktoś jeszcze w Szczecinie?',
        '#trzęsienieziemi lampa dalej się kołysze, nigdy czegoś takiego nie czułem #Szczecin',
      ],
      storm: ['Słyszeliście ten wiatr?? właśnie drzewo spadło na nasze auto w Szczecinie #wichura'],
      flood: ['Woda wlewa się nam do domu w Szczecinie!!! cała ulica to jezioro'],
      crash: ['Właśnie słyszałem potężny huk na autostradzie pod Szczecinem, auta zmiażdżone, jadą karetki'],
      collapse: ['O matko, budynek naprzeciwko w Szczecinie właśnie się zawalił, wszędzie pył, ludzie krzyczą'],
      unrest: ['Starcia z policją w centrum Szczecina teraz, śmietniki płoną, wszędzie gaz łzawiący'],
    },
    non: {
      attack: ['Widzieliście ten atak naszego napastnika?! co za gol #Szczecin'],
      explosion: ['Mój telefon eksploduje od wiadomości haha, co się dzisiaj dzieje w Szczecinie??'],
      fire: ['Ten nowy zespół ze Szczecina to OGIEŃ!! ktoś jeszcze idzie dziś wieczorem?'],
      earthquake: ['Czy Szczecin jest gotowy na silne trzęsienie ziemi? czy ktoś by to tu w ogóle poczuł?'],
      storm: ['Ostrzeżenie przed burzą dla Szczecina na jutro, idziecie do pracy czy zostajecie w domu?'],
      flood: ['W tym tygodniu zalani zamówieniami!! dzięki Szczecin'],
      crash: ['Strona wam też padła?? nie mogę kupić biletów na mecz w Szczecinie'],
      collapse: ['Padłem na kanapę po półmaratonie w Szczecinie, ktoś jeszcze jest wykończony?'],
      unrest: ['Pamiętacie zamieszki w Szczecinie dziesięć lat temu? szalone czasy'],
    },
  },
  ru: {
    city: 'Irkutsk',
    country: 'RU',
    reports: {
      attack: [
        'Стрельба!! слышал не меньше десяти выстрелов у вокзала в Иркутске, все в дома',
        'СТРЕЛЬБА в торговом центре в Иркутске, люди бегут и кричат, не подходите',
      ],
      explosion: [
        'Что это был за жуткий грохот?! слышно было на весь Иркутск, у нас стёкла задрожали',
        'Взрыв!! густой дым над промзоной в Иркутске, везде сирены',
      ],
      fire: ['Огромное пламя из крыши соседнего дома в Иркутске!! вызовите кто-нибудь пожарных'],
      earthquake: [
        'ЗЕМЛЕТРЯСЕНИЕ в Иркутске!! вы почувствовали?!',
        'Это был толчок?? у меня вся кровать поехала, кто ещё в Иркутске?',
        '#землетрясение люстра до сих пор качается, никогда такого не чувствовал #Иркутск',
      ],
      storm: ['Слышали этот ветер?? только что дерево упало на нашу машину в Иркутске #ураган'],
      flood: ['Вода заходит к нам в дом в Иркутске!!! вся улица как озеро'],
      crash: ['Только что слышал страшный удар на трассе под Иркутском, машины всмятку, едут скорые'],
      collapse: ['Боже, дом напротив в Иркутске только что рухнул, всё в пыли, люди кричат'],
      unrest: ['Стычки с полицией в центре Иркутска прямо сейчас, горят мусорные баки, везде слезоточивый газ'],
    },
    non: {
      attack: ['Видели атаку нашего нападающего?! вот это гол #Иркутск'],
      explosion: ['Телефон взрывается от сообщений лол, что сегодня в Иркутске происходит??'],
      fire: ['Эта новая группа из Иркутска просто ОГОНЬ!! кто ещё идёт сегодня?'],
      earthquake: ['Готов ли Иркутск к сильному землетрясению? тут вообще кто-нибудь его почувствует?'],
      storm: ['Штормовое предупреждение на завтра в Иркутске, вы на работу или дома останетесь?'],
      flood: ['На этой неделе завалены заказами!! спасибо Иркутск'],
      crash: ['У вас тоже сайт упал?? не могу купить билеты на матч в Иркутске'],
      collapse: ['Рухнул на диван после полумарафона в Иркутске, кто ещё без сил?'],
      unrest: ['Помните беспорядки в Иркутске десять лет назад? безумное время'],
    },
  },
  uk: {
    city: 'Zhytomyr',
    country: 'UA',
    reports: {
      attack: [
        'Стрілянина!! чув щонайменше десять пострілів біля вокзалу в Житомирі, всі всередину',
        'СТРІЛЯНИНА в торговому центрі в Житомирі, люди біжать і кричать, не підходьте',
      ],
      explosion: [
        'Що це був за страшний гуркіт?! чути було на весь Житомир, у нас шибки задзвеніли',
        'Вибух!! густий дим над промзоною в Житомирі, всюди сирени',
      ],
      fire: ['Величезне полумʼя з даху сусіднього будинку в Житомирі!! викличте хтось пожежників'],
      earthquake: [
        'ЗЕМЛЕТРУС у Житомирі!! ви відчули?!',
        'Це був поштовх?? у мене все ліжко поїхало, хто ще в Житомирі?',
        '#землетрус люстра досі хитається, ніколи такого не відчував #Житомир',
      ],
      storm: ['Чули цей вітер?? щойно дерево впало на нашу машину в Житомирі #негода'],
      flood: ['Вода заходить до нас у будинок у Житомирі!!! вся вулиця як озеро'],
      crash: ['Щойно чув страшний удар на трасі біля Житомира, машини вщент, їдуть швидкі'],
      collapse: ['Боже, будинок навпроти в Житомирі щойно обвалився, все в пилу, люди кричать'],
      unrest: ['Сутички з поліцією в центрі Житомира просто зараз, горять сміттєві баки, всюди сльозогінний газ'],
    },
    non: {
      attack: ['Бачили атаку нашого нападника?! оце гол #Житомир'],
      explosion: ['Телефон вибухає від повідомлень лол, що сьогодні в Житомирі відбувається??'],
      fire: ['Цей новий гурт із Житомира просто ВОГОНЬ!! хто ще йде сьогодні?'],
      earthquake: ['Чи готовий Житомир до сильного землетрусу? тут взагалі хтось його відчує?'],
      storm: ['Штормове попередження на завтра в Житомирі, ви на роботу чи вдома залишитеся?'],
      flood: ['Цього тижня завалені замовленнями!! дякуємо Житомир'],
      crash: ['У вас теж сайт впав?? не можу купити квитки на матч у Житомирі'],
      collapse: ['Впав на диван після напівмарафону в Житомирі, хто ще без сил?'],
      unrest: ['Памʼятаєте заворушення в Житомирі десять років тому? шалений час'],
    },
  },
  tr: {
    city: 'Adana',
    country: 'TR',
    reports: {
      attack: [
        'Silah sesleri!! Adana’da garın yakınında en az on el ateş duydum, herkes içeri',
        'Adana’da AVM’de SİLAHLI SALDIRI, insanlar koşuyor ve bağırıyor, uzak durun',
      ],
      explosion: [
        'O büyük gürültü neydi?! bütün Adana’da duyuldu, camlarımız titredi',
        'Patlama!! Adana’da sanayi bölgesinin üstünde yoğun duman, her yerde siren sesi',
      ],
      fire: ['Adana’da yan binanın çatısından dev alevler çıkıyor!! biri itfaiyeyi arasın'],
      earthquake: [
        'Adana’da DEPREM!! hissettiniz mi?!',
        'Bu sarsıntı mıydı?? bütün yatağım oynadı, Adana’da hisseden başka var mı?',
        '#deprem avize hâlâ sallanıyor, hayatımda böyle bir şey hissetmedim #Adana',
      ],
      storm: ['Bu rüzgârı duydunuz mu?? Adana’da az önce arabamızın üstüne ağaç devrildi #fırtına'],
      flood: ['Adana’da evimize su giriyor!!! bütün sokak göl oldu'],
      crash: [
        'Adana yakınlarında otoyolda az önce korkunç bir çarpışma sesi duydum, araçlar birbirine girdi, ambulanslar geliyor',
      ],
      collapse: ['Aman Allahım Adana’da karşıdaki bina az önce çöktü, her yer toz, insanlar çığlık atıyor'],
      unrest: ['Şu an Adana merkezde polisle çatışma, çöp konteynerleri yanıyor, her yer biber gazı'],
    },
    non: {
      attack: ['Forvetimizin o atağını gördünüz mü?! ne gol ama #Adana'],
      explosion: ['Telefonum mesajlardan patlıyor lol, bugün Adana’da ne oluyor??'],
      fire: ['Adana’dan bu yeni grup ATEŞ gibi!! bu akşam giden başka var mı?'],
      earthquake: ['Adana büyük bir depreme hazır mı? burada kimse hisseder mi ki?'],
      storm: ['Adana için yarın fırtına uyarısı var, işe gidecek misiniz yoksa evde mi kalacaksınız?'],
      flood: ['Bu hafta siparişlere boğulduk!! teşekkürler Adana'],
      crash: ['Site sizde de çöktü mü?? Adana’daki maça bilet alamıyorum'],
      collapse: ['Adana yarı maratonundan sonra kanepeye yığıldım, yorgunluktan ölen başka var mı?'],
      unrest: ['On yıl önceki Adana olaylarını hatırlıyor musunuz? çılgın zamanlardı'],
    },
  },
  id: {
    city: 'Padang',
    country: 'ID',
    reports: {
      attack: [
        'Tembakan!! dengar paling sedikit sepuluh kali tembakan dekat stasiun di Padang, semua masuk',
        'PENEMBAKAN di mal Padang, orang-orang lari dan teriak, jangan mendekat',
      ],
      explosion: [
        'Suara dentuman apa itu?! kedengaran di seluruh Padang, kaca jendela kami bergetar',
        'Ledakan!! asap tebal di atas kawasan industri Padang, sirene di mana-mana',
      ],
      fire: ['Api besar keluar dari atap rumah sebelah di Padang!! tolong ada yang telepon damkar'],
      earthquake: [
        'GEMPA di Padang!! kalian rasa nggak?!',
        'Tadi itu gempa ya?? kasurku goyang semua, ada yang lain di Padang?',
        '#gempa lampu masih bergoyang, belum pernah merasakan yang seperti ini #Padang',
      ],
      storm: ['Dengar anginnya nggak?? barusan pohon tumbang menimpa mobil kami di Padang #angin'],
      flood: ['Air masuk ke rumah kami di Padang!!! satu jalan jadi danau'],
      crash: ['Barusan dengar suara tabrakan keras di jalan tol dekat Padang, mobil ringsek, ambulans datang'],
      collapse: ['Ya Allah gedung di seberang di Padang barusan ambruk, debu di mana-mana, orang-orang teriak'],
      unrest: ['Bentrok dengan polisi di pusat kota Padang sekarang, tong sampah dibakar, gas air mata di mana-mana'],
    },
    non: {
      attack: ['Lihat serangan striker kita tadi?! gol yang keren #Padang'],
      explosion: ['HP-ku meledak sama pesan wkwk, ada apa hari ini di Padang??'],
      fire: ['Band baru dari Padang ini KEREN BANGET kayak api!! ada yang nonton malam ini?'],
      earthquake: ['Apakah Padang siap untuk gempa besar? ada yang bakal merasakannya di sini?'],
      storm: ['Peringatan badai untuk Padang besok, kalian tetap kerja atau di rumah?'],
      flood: ['Minggu ini kebanjiran pesanan!! terima kasih Padang'],
      crash: ['Situsnya crash juga buat kalian?? nggak bisa beli tiket pertandingan di Padang'],
      collapse: ['Langsung tepar di sofa habis half marathon di Padang, ada yang capek banget juga?'],
      unrest: ['Ingat kerusuhan di Padang sepuluh tahun lalu? masa yang gila'],
    },
  },
  tl: {
    city: 'Bacolod',
    country: 'PH',
    reports: {
      attack: [
        'Putok!! nakarinig ako ng hindi bababa sa sampung putok malapit sa terminal sa Bacolod, pumasok kayong lahat',
        'PAMAMARIL sa mall sa Bacolod, nagtatakbuhan at nagsisigawan ang mga tao, lumayo kayo',
      ],
      explosion: [
        'Ano yung malakas na kalabog na yun?! dinig sa buong Bacolod, nanginig ang mga bintana namin',
        'Pagsabog!! makapal na usok sa ibabaw ng industrial area sa Bacolod, sirena kahit saan',
      ],
      fire: ['Malalaking apoy lumalabas sa bubong ng katabi namin sa Bacolod!! tumawag kayo ng bumbero'],
      earthquake: [
        'LINDOL sa Bacolod!! naramdaman nyo ba?!',
        'Lindol ba yun?? gumalaw buong kama ko, may iba pa ba sa Bacolod?',
        '#lindol umuuga pa rin ang ilaw, ngayon lang ako nakaramdam ng ganito #Bacolod',
      ],
      storm: ['Narinig nyo ba yung hangin?? may puno na bumagsak sa kotse namin sa Bacolod #bagyo'],
      flood: ['Pumapasok na ang tubig sa bahay namin sa Bacolod!!! parang lawa na ang buong kalye'],
      crash: [
        'Kakarinig ko lang ng malakas na banggaan sa highway malapit sa Bacolod, yupi ang mga kotse, paparating ang ambulansya',
      ],
      collapse: [
        'Diyos ko yung gusali sa tapat namin sa Bacolod bumagsak lang, alikabok kahit saan, sumisigaw ang mga tao',
      ],
      unrest: [
        'Nagbabakbakan ang mga raliyista at pulis sa sentro ng Bacolod ngayon, sinusunog ang basurahan, tear gas kahit saan',
      ],
    },
    non: {
      attack: ['Nakita nyo ba yung atake ng striker natin?! ang ganda ng goal #Bacolod'],
      explosion: ['Sumasabog sa messages ang phone ko haha, ano nangyayari sa Bacolod ngayon??'],
      fire: ['Ang bagong banda mula Bacolod ay APOY!! may iba pa bang pupunta mamaya?'],
      earthquake: ['Handa ba ang Bacolod sa malakas na lindol? may makakaramdam ba dito?'],
      storm: ['Babala ng bagyo para sa Bacolod bukas, papasok ba kayo o sa bahay lang?'],
      flood: ['Binaha kami ng orders ngayong linggo!! salamat Bacolod'],
      crash: ['Nag-crash din ba ang site sa inyo?? hindi ako makabili ng ticket sa laro sa Bacolod'],
      collapse: ['Bumagsak ako sa sofa pagkatapos ng half marathon sa Bacolod, may iba pa bang pagod na pagod?'],
      unrest: ['Naaalala nyo ba ang gulo sa Bacolod sampung taon na ang nakaraan? grabe yung panahon na yun'],
    },
  },
  el: {
    city: 'Kalamata',
    country: 'GR',
    reports: {
      attack: [
        'Πυροβολισμοί!! άκουσα τουλάχιστον δέκα πυροβολισμούς κοντά στον σταθμό στην Καλαμάτα, όλοι μέσα',
        'ΠΥΡΟΒΟΛΙΣΜΟΙ στο εμπορικό κέντρο στην Καλαμάτα, ο κόσμος τρέχει και ουρλιάζει, μακριά',
      ],
      explosion: [
        'Τι ήταν αυτός ο τρομερός κρότος;! ακούστηκε σε όλη την Καλαμάτα, τα τζάμια μας έτριξαν',
        'Έκρηξη!! πυκνός καπνός πάνω από τη βιομηχανική ζώνη της Καλαμάτας, σειρήνες παντού',
      ],
      fire: ['Τεράστιες φλόγες βγαίνουν από τη στέγη του διπλανού σπιτιού στην Καλαμάτα!! καλέστε την πυροσβεστική'],
      earthquake: [
        'ΣΕΙΣΜΟΣ στην Καλαμάτα!! το νιώσατε;!',
        'Δόνηση ήταν αυτό;; κουνήθηκε όλο το κρεβάτι μου, κανείς άλλος στην Καλαμάτα;',
        '#σεισμός το φωτιστικό ακόμα κουνιέται, ποτέ δεν ένιωσα κάτι τέτοιο #Καλαμάτα',
      ],
      storm: ['Ακούσατε τον αέρα;; μόλις έπεσε ένα δέντρο πάνω στο αυτοκίνητό μας στην Καλαμάτα #κακοκαιρία'],
      flood: ['Μπαίνει νερό στο σπίτι μας στην Καλαμάτα!!! όλος ο δρόμος έγινε λίμνη'],
      crash: [
        'Μόλις άκουσα τρομερό τράκαρισμα στην εθνική κοντά στην Καλαμάτα, αυτοκίνητα διαλυμένα, έρχονται ασθενοφόρα',
      ],
      collapse: ['Θεέ μου το κτίριο απέναντι στην Καλαμάτα μόλις κατέρρευσε, σκόνη παντού, ο κόσμος ουρλιάζει'],
      unrest: ['Συγκρούσεις με την αστυνομία στο κέντρο της Καλαμάτας τώρα, κάδοι καίγονται, χημικά παντού'],
    },
    non: {
      attack: ['Είδατε την επίθεση του φορ μας;! τι γκολ #Καλαμάτα'],
      explosion: ['Το κινητό μου εκρήγνυται από μηνύματα χαχα, τι γίνεται σήμερα στην Καλαμάτα;;'],
      fire: ['Αυτό το νέο συγκρότημα από την Καλαμάτα είναι ΦΩΤΙΑ!! πάει κανείς άλλος απόψε;'],
      earthquake: ['Είναι έτοιμη η Καλαμάτα για έναν μεγάλο σεισμό; θα τον ένιωθε καν κανείς εδώ;'],
      storm: ['Προειδοποίηση για καταιγίδα στην Καλαμάτα αύριο, θα πάτε στη δουλειά ή θα μείνετε σπίτι;'],
      flood: ['Πλημμυρίσαμε παραγγελίες αυτή την εβδομάδα!! ευχαριστούμε Καλαμάτα'],
      crash: ['Έπεσε και σε εσάς η σελίδα;; δεν μπορώ να βγάλω εισιτήρια για τον αγώνα στην Καλαμάτα'],
      collapse: ['Κατέρρευσα στον καναπέ μετά τον ημιμαραθώνιο της Καλαμάτας, κανείς άλλος πτώμα;'],
      unrest: ['Θυμάστε τα επεισόδια στην Καλαμάτα πριν από δέκα χρόνια; τρελές εποχές'],
    },
  },
  ar: {
    city: 'Damascus',
    country: 'SY',
    reports: {
      attack: [
        'إطلاق نار!! سمعت عشر طلقات على الأقل قرب المحطة في دمشق، ادخلوا كلكم',
        'إطلاق نار في المول في دمشق، الناس تركض وتصرخ، ابتعدوا',
      ],
      explosion: [
        'شو هالصوت القوي؟! انسمع بكل دمشق، الشبابيك عنا اهتزت',
        'انفجار!! دخان كثيف فوق المنطقة الصناعية في دمشق، صفارات الإسعاف بكل مكان',
      ],
      fire: ['نيران ضخمة طالعة من سطح البيت اللي جنبنا في دمشق!! حدا يتصل بالإطفاء'],
      earthquake: [
        'زلزال في دمشق!! حسيتوا فيه؟!',
        'هاد كان هزة؟؟ تختي كله تحرك، في حدا تاني بدمشق؟',
        '#زلزال الثريا لسا عم تتمرجح، عمري ما حسيت شي متل هيك #دمشق',
      ],
      storm: ['سمعتوا هالهوا؟؟ هلق وقعت شجرة على سيارتنا في دمشق #عاصفة'],
      flood: ['المي عم تفوت على بيتنا في دمشق!!! الشارع كله صار بحيرة'],
      crash: ['هلق سمعت صوت اصطدام قوي على الأوتوستراد قرب دمشق، السيارات مدعوكة، الإسعاف جاي'],
      collapse: ['يا الله البناية اللي قبالنا في دمشق هلق انهارت، الغبرة بكل مكان، الناس عم تصرخ'],
      unrest: ['اشتباكات مع الشرطة في وسط دمشق هلق، حاويات الزبالة عم تحترق، غاز مسيل للدموع بكل مكان'],
    },
    non: {
      attack: ['شفتوا هجمة المهاجم تبعنا؟! شو هالهدف #دمشق'],
      explosion: ['تلفوني عم ينفجر من الرسائل ههه، شو صاير اليوم بدمشق؟؟'],
      fire: ['هالفرقة الجديدة من دمشق نار!! في حدا رايح الليلة؟'],
      earthquake: ['هل دمشق جاهزة لزلزال كبير؟ أصلا حدا رح يحس فيه هون؟'],
      storm: ['تحذير من عاصفة بدمشق بكرا، رح تروحوا عالشغل ولا تضلوا بالبيت؟'],
      flood: ['هالأسبوع غرقنا بالطلبات!! شكرا دمشق'],
      crash: ['الموقع وقف عندكم كمان؟؟ ما عم اقدر اشتري تذاكر للماتش بدمشق'],
      collapse: ['انهرت عالكنباية بعد نص الماراثون بدمشق، في حدا تاني ميت من التعب؟'],
      unrest: ['بتتذكروا أحداث الشغب بدمشق من عشر سنين؟ أيام مجنونة'],
    },
  },
  fa: {
    city: 'Rasht',
    country: 'IR',
    reports: {
      attack: [
        'تیراندازی!! دست کم ده تا صدای شلیک نزدیک ایستگاه تو رشت شنیدم، همه برید تو',
        'تیراندازی تو پاساژ رشت، مردم دارن می‌دوند و جیغ می‌زنند، نزدیک نشید',
      ],
      explosion: [
        'این صدای مهیب چی بود؟! تو کل رشت شنیده شد، شیشه‌هامون لرزید',
        'انفجار!! دود غلیظ بالای شهرک صنعتی رشت، همه جا صدای آژیر',
      ],
      fire: ['شعله‌های بزرگ از سقف خونه بغلی تو رشت بیرون می‌زنه!! یکی به آتش‌نشانی زنگ بزنه'],
      earthquake: [
        'زلزله تو رشت!! حس کردید؟!',
        'این لرزه بود؟؟ کل تختم تکون خورد، کس دیگه‌ای تو رشت هست؟',
        '#زلزله لوستر هنوز داره تکون می‌خوره، تا حالا همچین چیزی حس نکرده بودم #رشت',
      ],
      storm: ['صدای باد رو شنیدید؟؟ همین الان یه درخت افتاد روی ماشینمون تو رشت #طوفان'],
      flood: ['آب داره میاد تو خونمون تو رشت!!! کل کوچه شده دریاچه'],
      crash: ['همین الان صدای یه تصادف وحشتناک تو اتوبان نزدیک رشت شنیدم، ماشین‌ها له شدن، آمبولانس‌ها دارن میان'],
      collapse: ['خدایا ساختمون روبرویی تو رشت همین الان ریخت، همه جا گرد و خاک، مردم جیغ می‌زنن'],
      unrest: ['الان درگیری با پلیس تو مرکز رشت، سطل‌های زباله آتیش گرفتن، همه جا گاز اشک‌آور'],
    },
    non: {
      attack: ['حمله مهاجممون رو دیدید؟! عجب گلی #رشت'],
      explosion: ['گوشیم داره از پیام منفجر میشه خخخ، امروز تو رشت چه خبره؟؟'],
      fire: ['این گروه جدید رشتی آتیشه!! کس دیگه‌ای امشب میاد؟'],
      earthquake: ['رشت برای یه زلزله بزرگ آماده‌ست؟ اصلا کسی اینجا حسش می‌کنه؟'],
      storm: ['هشدار طوفان برای فردای رشت، میرید سر کار یا خونه می‌مونید؟'],
      flood: ['این هفته غرق سفارش شدیم!! مرسی رشت'],
      crash: ['سایت برای شما هم کرش کرد؟؟ نمی‌تونم برای بازی تو رشت بلیط بخرم'],
      collapse: ['بعد از نیمه ماراتن رشت روی مبل ولو شدم، کس دیگه‌ای هم از خستگی مرده؟'],
      unrest: ['اغتشاشات ده سال پیش رشت یادتونه؟ چه روزای دیوونه‌ای'],
    },
  },
  hi: {
    city: 'Varanasi',
    country: 'IN',
    reports: {
      attack: [
        'गोलियां!! वाराणसी में स्टेशन के पास कम से कम दस गोलियों की आवाज़ सुनी, सब अंदर जाओ',
        'वाराणसी के मॉल में फायरिंग, लोग भाग रहे हैं और चीख रहे हैं, दूर रहो',
      ],
      explosion: [
        'ये इतना ज़ोरदार धमाका क्या था?! पूरे वाराणसी में सुनाई दिया, हमारी खिड़कियां हिल गईं',
        'धमाका!! वाराणसी के औद्योगिक क्षेत्र के ऊपर घना धुआं, हर तरफ सायरन',
      ],
      fire: ['वाराणसी में बगल वाले घर की छत से बड़ी बड़ी लपटें निकल रही हैं!! कोई फायर ब्रिगेड को बुलाओ'],
      earthquake: [
        'वाराणसी में भूकंप!! आप लोगों ने महसूस किया?!',
        'क्या ये झटका था?? मेरा पूरा बिस्तर हिल गया, वाराणसी में और किसी को लगा?',
        '#भूकंप पंखा अभी भी झूल रहा है, ऐसा कभी महसूस नहीं किया #वाराणसी',
      ],
      storm: ['ये हवा सुनी?? अभी वाराणसी में हमारी गाड़ी पर पेड़ गिर गया #आंधी'],
      flood: ['वाराणसी में हमारे घर में पानी घुस रहा है!!! पूरी गली तालाब बन गई'],
      crash: ['अभी वाराणसी के पास हाईवे पर ज़ोरदार टक्कर की आवाज़ सुनी, गाड़ियां पिचक गईं, एम्बुलेंस आ रही है'],
      collapse: ['हे भगवान वाराणसी में सामने वाली इमारत अभी गिर गई, हर तरफ धूल, लोग चीख रहे हैं'],
      unrest: ['वाराणसी के बीच बाज़ार में अभी पुलिस से झड़प, कूड़ेदान जल रहे हैं, हर तरफ आंसू गैस'],
    },
    non: {
      attack: ['हमारे स्ट्राइकर का वो अटैक देखा?! क्या गोल था #वाराणसी'],
      explosion: ['मेरा फोन मैसेज से फट रहा है हाहा, आज वाराणसी में क्या हो रहा है??'],
      fire: ['वाराणसी का ये नया बैंड तो आग है!! आज रात और कौन जा रहा है?'],
      earthquake: ['क्या वाराणसी बड़े भूकंप के लिए तैयार है? यहां कोई महसूस भी करेगा?'],
      storm: ['कल वाराणसी के लिए तूफान की चेतावनी, आप काम पर जाओगे या घर पर रहोगे?'],
      flood: ['इस हफ्ते ऑर्डर की बाढ़ आ गई!! शुक्रिया वाराणसी'],
      crash: ['क्या आपकी भी साइट क्रैश हो गई?? वाराणसी के मैच के टिकट नहीं खरीद पा रहा'],
      collapse: ['वाराणसी हाफ मैराथन के बाद सोफे पर ढेर हो गया, और कोई थक कर चूर है?'],
      unrest: ['दस साल पहले के वाराणसी दंगे याद हैं? क्या दौर था'],
    },
  },
  ja: {
    city: 'Hiroshima',
    country: 'JP',
    reports: {
      attack: [
        '銃声！！広島の駅の近くで少なくとも10発聞こえた、みんな建物に入って',
        '広島のショッピングモールで発砲事件、みんな叫びながら逃げてる、近づかないで',
      ],
      explosion: [
        '今のすごい爆音なに？！広島中に聞こえた、うちの窓ガラスがビリビリ揺れた',
        '爆発！！広島の工業地帯の上に黒い煙がもくもく、サイレンがあちこちで鳴ってる',
      ],
      fire: ['広島で隣の家の屋根からすごい炎が出てる！！誰か消防に電話して'],
      earthquake: [
        '広島で地震！！みんな今の揺れ感じた？！',
        '今の地震？？ベッドごと揺れたんだけど、広島で他に揺れた人いる？',
        '#地震 電気の紐がまだ揺れてる、こんなの初めて #広島',
      ],
      storm: ['今の風の音聞いた？？広島でうちの車に木が倒れてきた #台風'],
      flood: ['広島で家に水が入ってきてる！！！道が全部湖みたいになってる'],
      crash: ['広島の近くの高速ですごい衝突音が聞こえた、車がぐちゃぐちゃ、救急車が向かってる'],
      collapse: ['やばい広島で向かいのビルが今崩れ落ちた、砂ぼこりがすごい、みんな叫んでる'],
      unrest: ['広島の中心部で今デモ隊と警察が衝突してる、ゴミ箱が燃えてて催涙ガスがあちこちに'],
    },
    non: {
      attack: ['うちのストライカーの今の攻撃見た？！最高のゴール #広島'],
      explosion: ['スマホの通知が爆発してるw 今日広島で何があったの？？'],
      fire: ['広島の新しいバンドが最高に熱い！！今夜行く人いる？'],
      earthquake: ['広島は大地震への備えができてる？そもそもここで揺れを感じる人いるのかな？'],
      storm: ['明日広島に暴風警報の予報、みんな仕事行く？それとも家にいる？'],
      flood: ['今週は注文が殺到して洪水状態！！ありがとう広島'],
      crash: ['サイト落ちたの自分だけ？？広島の試合のチケットが買えない'],
      collapse: ['広島のハーフマラソンの後ソファに倒れ込んだ、他にもヘトヘトの人いる？'],
      unrest: ['10年前の広島の暴動覚えてる？すごい時代だった'],
    },
  },
  zh: {
    city: 'Hangzhou',
    country: 'CN',
    reports: {
      attack: ['枪声！！杭州火车站附近听到至少十声枪响，大家快进屋', '杭州商场里有人开枪，人们边跑边尖叫，千万别过去'],
      explosion: [
        '刚才那一声巨响是什么？！整个杭州都听到了，我家窗户都在震',
        '爆炸！！杭州工业区上空浓烟滚滚，到处都是警笛声',
      ],
      fire: ['杭州隔壁房子屋顶冒出好大的火！！谁快打119'],
      earthquake: [
        '杭州地震了！！你们感觉到了吗？！',
        '刚才是地震吗？？我整张床都在动，杭州还有人感觉到吗？',
        '#地震 吊灯还在晃，从来没感觉过这样的 #杭州',
      ],
      storm: ['你们听到这风声了吗？？刚刚杭州一棵树砸在我们车上 #大风'],
      flood: ['杭州水都进我家了！！！整条街变成了湖'],
      crash: ['刚在杭州附近高速上听到一声巨大的撞击声，好几辆车撞成一团，救护车正在赶来'],
      collapse: ['天哪杭州我家对面那栋楼刚刚塌了，到处是灰尘，人们在尖叫'],
      unrest: ['杭州市中心现在示威者和警察发生冲突，垃圾桶着火了，到处是催泪瓦斯'],
    },
    non: {
      attack: ['看到我们前锋那次进攻了吗？！太漂亮的进球了 #杭州'],
      explosion: ['我手机消息都要爆炸了哈哈，今天杭州发生什么了？？'],
      fire: ['杭州这个新乐队太火了！！今晚还有谁去？'],
      earthquake: ['杭州准备好应对大地震了吗？这里真的会有人感觉到吗？'],
      storm: ['明天杭州有暴风雨预警，你们去上班还是在家？'],
      flood: ['这周订单多到淹没我们了！！谢谢杭州'],
      crash: ['网站是不是也崩了？？买不到杭州比赛的票'],
      collapse: ['杭州半马跑完直接瘫在沙发上，还有谁累死了？'],
      unrest: ['还记得十年前杭州的骚乱吗？那时候真疯狂'],
    },
  },
  ko: {
    city: 'Suwon',
    country: 'KR',
    reports: {
      attack: [
        '총소리!! 수원역 근처에서 적어도 열 발은 들었어요, 다들 안으로 들어가세요',
        '수원 쇼핑몰에서 총격, 사람들이 소리 지르며 뛰어가요, 가까이 가지 마세요',
      ],
      explosion: [
        '방금 그 엄청난 굉음 뭐야?! 수원 전체에서 들렸대, 우리 집 창문이 덜덜 떨렸어',
        '폭발!! 수원 산업단지 위로 짙은 연기, 사방에서 사이렌 소리',
      ],
      fire: ['수원 옆집 지붕에서 엄청난 불길이 치솟아요!! 누가 119 좀 불러주세요'],
      earthquake: [
        '수원 지진!! 다들 느꼈어요?!',
        '방금 지진이야?? 침대가 통째로 움직였어, 수원에 또 느낀 사람?',
        '#지진 전등이 아직도 흔들려, 이런 건 처음 느껴봐 #수원',
      ],
      storm: ['바람 소리 들었어요?? 방금 수원에서 나무가 우리 차 위로 쓰러졌어요 #강풍'],
      flood: ['수원 우리 집에 물이 들어와요!!! 골목 전체가 호수가 됐어'],
      crash: ['방금 수원 근처 고속도로에서 엄청난 충돌 소리 들었어요, 차들이 찌그러졌고 구급차가 오고 있어요'],
      collapse: ['헐 수원 우리 앞 건물이 방금 무너졌어, 먼지 천지고 사람들이 비명 질러'],
      unrest: ['지금 수원 도심에서 시위대와 경찰 충돌, 쓰레기통이 불타고 사방에 최루탄'],
    },
    non: {
      attack: ['우리 스트라이커 공격 봤어?! 골 미쳤다 #수원'],
      explosion: ['폰이 메시지로 폭발 중 ㅋㅋ 오늘 수원에 무슨 일 있어??'],
      fire: ['수원 출신 이 신인 밴드 완전 불타오른다!! 오늘 밤 가는 사람?'],
      earthquake: ['수원은 큰 지진에 대비가 돼 있을까? 여기서 느끼기는 할까?'],
      storm: ['내일 수원 폭풍 경보래, 다들 출근해 아니면 집에 있어?'],
      flood: ['이번 주 주문 폭주로 홍수 났어요!! 고마워요 수원'],
      crash: ['사이트 다운된 거 나만 그래?? 수원 경기 티켓을 못 사겠어'],
      collapse: ['수원 하프마라톤 끝나고 소파에 뻗었어, 다들 녹초야?'],
      unrest: ['10년 전 수원 폭동 기억나? 미친 시절이었지'],
    },
  },
  he: {
    city: 'Eilat',
    country: 'IL',
    reports: {
      attack: [
        'יריות!! שמעתי לפחות עשר יריות ליד התחנה באילת, כולם להיכנס פנימה',
        'ירי בקניון באילת, אנשים רצים וצורחים, תתרחקו',
      ],
      explosion: [
        'מה היה הבום הענק הזה?! שמעו אותו בכל אילת, החלונות אצלנו רעדו',
        'פיצוץ!! עשן סמיך מעל אזור התעשייה באילת, סירנות בכל מקום',
      ],
      fire: ['להבות ענקיות יוצאות מהגג של השכנים באילת!! שמישהו יתקשר לכבאות'],
      earthquake: [
        'רעידת אדמה באילת!! הרגשתם?!',
        'זו הייתה רעידה?? כל המיטה שלי זזה, עוד מישהו באילת?',
        '#רעידת_אדמה המנורה עדיין מתנדנדת, בחיים לא הרגשתי דבר כזה #אילת',
      ],
      storm: ['שמעתם את הרוח?? עכשיו נפל עץ על האוטו שלנו באילת #סערה'],
      flood: ['המים נכנסים לנו הביתה באילת!!! כל הרחוב נהיה אגם'],
      crash: ['עכשיו שמעתי חבטה נוראית בכביש ליד אילת, מכוניות מרוסקות, אמבולנסים בדרך'],
      collapse: ['אלוהים הבניין ממול באילת קרס עכשיו, אבק בכל מקום, אנשים צורחים'],
      unrest: ['עימותים עם המשטרה במרכז אילת עכשיו, פחי אשפה בוערים, גז מדמיע בכל מקום'],
    },
    non: {
      attack: ['ראיתם את ההתקפה של החלוץ שלנו?! איזה גול #אילת'],
      explosion: ['הטלפון שלי מתפוצץ מהודעות חחח, מה קורה היום באילת??'],
      fire: ['הלהקה החדשה מאילת זה אש!! עוד מישהו בא הערב?'],
      earthquake: ['האם אילת מוכנה לרעידת אדמה חזקה? מישהו בכלל ירגיש אותה פה?'],
      storm: ['אזהרת סערה לאילת מחר, אתם הולכים לעבודה או נשארים בבית?'],
      flood: ['השבוע הוצפנו בהזמנות!! תודה אילת'],
      crash: ['האתר קרס גם אצלכם?? לא מצליח לקנות כרטיסים למשחק באילת'],
      collapse: ['קרסתי על הספה אחרי חצי המרתון באילת, עוד מישהו מת מעייפות?'],
      unrest: ['זוכרים את המהומות באילת לפני עשר שנים? תקופה מטורפת'],
    },
  },
  ur: {
    city: 'Rawalpindi',
    country: 'PK',
    reports: {
      attack: [
        'گولیاں!! راولپنڈی میں اسٹیشن کے قریب کم از کم دس گولیوں کی آواز سنی، سب اندر جاؤ',
        'راولپنڈی کے مال میں فائرنگ، لوگ بھاگ رہے ہیں اور چیخ رہے ہیں، دور رہو',
      ],
      explosion: [
        'یہ زوردار دھماکا کیا تھا؟! پورے راولپنڈی میں سنا گیا، ہماری کھڑکیاں ہل گئیں',
        'دھماکا!! راولپنڈی کے صنعتی علاقے کے اوپر گہرا دھواں، ہر طرف سائرن',
      ],
      fire: ['راولپنڈی میں ساتھ والے گھر کی چھت سے بڑے بڑے شعلے نکل رہے ہیں!! کوئی فائر بریگیڈ کو بلاؤ'],
      earthquake: [
        'راولپنڈی میں زلزلہ!! آپ لوگوں نے محسوس کیا؟!',
        'کیا یہ جھٹکا تھا؟؟ میرا پورا بستر ہل گیا، راولپنڈی میں کسی اور کو بھی لگا؟',
        '#زلزلہ پنکھا ابھی تک جھول رہا ہے، ایسا کبھی محسوس نہیں کیا #راولپنڈی',
      ],
      storm: ['یہ ہوا سنی؟؟ ابھی راولپنڈی میں ہماری گاڑی پر درخت گر گیا #آندھی'],
      flood: ['راولپنڈی میں ہمارے گھر میں پانی آ رہا ہے!!! پوری گلی تالاب بن گئی'],
      crash: ['ابھی راولپنڈی کے قریب موٹروے پر زوردار ٹکر کی آواز سنی، گاڑیاں پچک گئیں، ایمبولینس آ رہی ہے'],
      collapse: ['یا اللہ راولپنڈی میں سامنے والی عمارت ابھی گر گئی، ہر طرف دھول، لوگ چیخ رہے ہیں'],
      unrest: ['راولپنڈی کے مرکز میں ابھی پولیس سے جھڑپیں، کوڑے دان جل رہے ہیں، ہر طرف آنسو گیس'],
    },
    non: {
      attack: ['ہمارے اسٹرائیکر کا وہ حملہ دیکھا؟! کیا گول تھا #راولپنڈی'],
      explosion: ['میرا فون میسجز سے پھٹ رہا ہے ہاہا، آج راولپنڈی میں کیا ہو رہا ہے؟؟'],
      fire: ['راولپنڈی کا یہ نیا بینڈ تو آگ ہے!! آج رات اور کون جا رہا ہے؟'],
      earthquake: ['کیا راولپنڈی بڑے زلزلے کے لیے تیار ہے؟ یہاں کوئی محسوس بھی کرے گا؟'],
      storm: ['کل راولپنڈی کے لیے طوفان کی وارننگ، آپ کام پر جائیں گے یا گھر رہیں گے؟'],
      flood: ['اس ہفتے آرڈرز کا سیلاب آ گیا!! شکریہ راولپنڈی'],
      crash: ['کیا آپ کی بھی سائٹ کریش ہو گئی؟؟ راولپنڈی کے میچ کے ٹکٹ نہیں خرید پا رہا'],
      collapse: ['راولپنڈی ہاف میراتھن کے بعد صوفے پر ڈھیر ہو گیا، اور کوئی تھک کر چور ہے؟'],
      unrest: ['دس سال پہلے کے راولپنڈی کے ہنگامے یاد ہیں؟ کیا دور تھا'],
    },
  },
  bn: {
    city: 'Rangpur',
    country: 'BD',
    reports: {
      attack: [
        'গুলি!! রংপুরে স্টেশনের কাছে অন্তত দশটা গুলির শব্দ শুনলাম, সবাই ভেতরে যাও',
        'রংপুরের শপিং মলে গোলাগুলি, মানুষ দৌড়াচ্ছে আর চিৎকার করছে, দূরে থাকুন',
      ],
      explosion: [
        'এত জোরে কিসের শব্দ হলো?! পুরো রংপুরে শোনা গেছে, আমাদের জানালা কেঁপে উঠেছে',
        'বিস্ফোরণ!! রংপুরের শিল্প এলাকার উপরে ঘন ধোঁয়া, চারদিকে সাইরেন',
      ],
      fire: ['রংপুরে পাশের বাড়ির ছাদ থেকে বিশাল আগুনের শিখা বের হচ্ছে!! কেউ ফায়ার সার্ভিসে ফোন করো'],
      earthquake: [
        'রংপুরে ভূমিকম্প!! তোমরা টের পেয়েছ?!',
        'এটা কি কম্পন ছিল?? আমার পুরো খাট নড়ে উঠল, রংপুরে আর কেউ টের পেয়েছে?',
        '#ভূমিকম্প ফ্যান এখনো দুলছে, এমন কিছু কখনো টের পাইনি #রংপুর',
      ],
      storm: ['বাতাসের শব্দ শুনেছ?? এইমাত্র রংপুরে আমাদের গাড়ির উপর গাছ ভেঙে পড়েছে #ঝড়'],
      flood: ['রংপুরে আমাদের ঘরে পানি ঢুকছে!!! পুরো রাস্তা পুকুর হয়ে গেছে'],
      crash: ['এইমাত্র রংপুরের কাছে মহাসড়কে বিকট সংঘর্ষের শব্দ শুনলাম, গাড়িগুলো দুমড়ে গেছে, অ্যাম্বুলেন্স আসছে'],
      collapse: ['হায় আল্লাহ রংপুরে সামনের ভবনটা এইমাত্র ধসে পড়ল, চারদিকে ধুলো, মানুষ চিৎকার করছে'],
      unrest: ['রংপুরের কেন্দ্রে এখন পুলিশের সঙ্গে সংঘর্ষ, ডাস্টবিনে আগুন, চারদিকে কাঁদানে গ্যাস'],
    },
    non: {
      attack: ['আমাদের স্ট্রাইকারের ওই আক্রমণটা দেখেছ?! কী গোল #রংপুর'],
      explosion: ['আমার ফোন মেসেজে ফেটে যাচ্ছে হাহা, আজ রংপুরে কী হচ্ছে??'],
      fire: ['রংপুরের এই নতুন ব্যান্ডটা একদম আগুন!! আজ রাতে আর কে যাচ্ছে?'],
      earthquake: ['রংপুর কি বড় ভূমিকম্পের জন্য প্রস্তুত? এখানে কেউ টেরও পাবে?'],
      storm: ['কাল রংপুরে ঝড়ের সতর্কতা, তোমরা অফিসে যাবে নাকি বাসায় থাকবে?'],
      flood: ['এই সপ্তাহে অর্ডারের বন্যা!! ধন্যবাদ রংপুর'],
      crash: ['তোমাদেরও কি সাইট ক্র্যাশ করেছে?? রংপুরের খেলার টিকিট কিনতে পারছি না'],
      collapse: ['রংপুর হাফ ম্যারাথনের পর সোফায় এলিয়ে পড়লাম, আর কেউ ক্লান্তিতে মরে যাচ্ছ?'],
      unrest: ['দশ বছর আগের রংপুরের দাঙ্গার কথা মনে আছে? কী সময় ছিল'],
    },
  },
} as const satisfies Record<string, HeldOutReportsG>;

/**
 * Ukrainian seed lexicon, translated by hand from en.ts and ru.ts (stems carry
 * the case endings: "вибух*" is вибуху, вибухом). Folding drops the breve and
 * the diaeresis (й -> и, ї -> і); і stays, so few words fold into Russian ones.
 * Function words, the ones Russian does not write (і, що, це, він, вже...; not
 * тут, господи: Russian writes them too),
 * with the letters і ї є ґ tell Ukrainian from Russian (lang.ts).
 */
import type { Seed } from './types';

export const uk: Seed = {
  lang: 'uk',
  // The words Russian writes too (в у не на так все для я а) split their evidence between the two (lang.ts): Ukrainian
  // needs more than they give to be named.
  function: 'і що це як але ми ви він вона вони його її вже був була було бути є щоб ще або коли де цей ця ці від із зі чи з в у не на так все для я а',
  terms: {
    structure: 'весь_будинок=house вся_квартира=flat фабрика=factory завод=factory склад=warehouse міст=bridge пішохідний_міст=footbridge дах=roof стеля=ceiling будівля=building будинок:0.5=building балкон=balcony трибуна=grandstand паркінг=car_park спортзал=hall',
    attack:
      'стріляють=shooting стріляє=shooting застрел*=shot_dead розстріляв*=shot поранив_ножем=stabbed зарізав=stabbed ножов*=stabbing з_ножем:0.6=knife авіаудар*=airstrike ракетний_удар=missile_attack ракетного_удару=missile_attack ракетна_атака=missile_attack атака_дронів=drone_attack обстріл*:0.6=shelling ' +
      'стрілянин*=shooting стрілець=gunman стрільця=gunman теракт*=terror_attack терористичний_акт=terror_attack смертник*=suicide_bomber заручник*=hostage різанин*=massacre ' +
      'напад_з_ножем=stabbing відкрив_вогонь=opened_fire постріли=gunfire напад:0.6=attack нападу:0.6=attack нападом:0.6=attack нападі:0.6=attack напади:0.6=attack нападів:0.6=attack атак*:0.6=attack обстріл*:0.6=attack бомба:0.6=bomb постріл*=gunshots відкрив_вогонь=opened_fire стріляв_у=shot_at стріляв_по=shot_at напав_з_ножем=stabbed',
    explosion: 'бахнуло:0.6=blew_up гуркіт:0.5=bang вибух*=explosion детонац*=detonation шум:0.05=noise звук:0.05=noise',
    fire: 'горить:0.05=burning загорівся:0.05=caught_fire загорілася:0.05=caught_fire загорілось:0.05=caught_fire згорів:0.05=burned спалахнув:0.05=caught_fire охоплений_вогнем=engulfed пожеж*=fire загорання=fire полум\'я=flames горить:0.5=burning дим:0.5=smoke підпалили:0.05=set_alight палять:0.05=set_alight',
    earthquake: 'все_трясеться:0.5=shaking все_затрусилося:0.5=shaking все_трусило:0.5=shaking трясе:0.05=shaking поштовх:0.6=tremor хитався:0.05=swayed хиталася:0.05=swayed хиталися:0.05=swayed трясеться:0.05=shaking трясло:0.05=shook хитало:0.05=swayed гойдало:0.05=swayed трусонуло:0.5=shook хитало:0.5=shaking трясло:0.5=shaking затрусило:0.5=shook землетрус*=earthquake підземні_поштовхи=tremor поштовх*:0.6=tremor афтершок*=aftershock цунамі=tsunami магнітуд*=magnitude',
    storm: 'ураган*=hurricane тайфун*=typhoon торнадо=tornado смерч*=tornado циклон*=cyclone буревій*=storm шторм*:0.6=storm буря:0.6=storm град:0.6 градом градини пориви:0.6 повалені_дерева:0.6 дерева_повалені:0.6 вітер:0.05=wind зірвав:0.05=torn_off зірвані:0.05=torn_off зірвало:0.05=torn_off повалив:0.05=toppled з_корінням:0.05=uprooted дерева:0.05=trees дерево_впало:0.05=trees впало_дерево:0.05=trees',
    flood: 'повінь=flood повені=flood повінню=flood паводк*=flood паводок=flood затоплен*=flooded підтоплен*=flooded затопило=flooded вийшла_з_берегів=overflow під_водою вийшла_з_берегів по_коліна:0.5=water_up_to до_колін:0.5=water_up_to заходить:0.05=coming_into ллється:0.05=pouring_into озеро:0.05=lake потік:0.05=torrent зносить:0.05=swept_away на_річки:0.05=river течією:0.05=torrent пливуть:0.05=floating',
    crash: 'зіткнен*:0.6=collision зійшов_з_рейок=derailed розбився=crashed авіакатастроф*=plane_crash аварі*:0.5=accident катастроф*:0.5=crash врізався=crashed врізалася=crashed дтп:0.6=crash розбився=crashed впав_літак=plane_crash літак_впав=plane_crash зійшов_з_рейок=derailed перекинувся=overturned перекинулися=overturned зійшов_з_рейок=derailed з_їхав_з_дороги=ran_off_the_road траса:0.05=highway трасі:0.05=highway перехрест*:0.05=intersection вереск_гальм:0.05=screeching вщент:0.05=pileup перекинул*=overturned лоб_у_лоб:0.6=head_on',
    collapse: 'обвал*=collapse обвалився=collapsed завалився=collapsed завал*=rubble уламк*=rubble обвалився=collapsed обвалилася=collapsed обвал*:0.8=collapse впав:0.05=fell впала:0.05=fell провалився=caved_in обвалилася=collapsed обвалився=collapsed',
    unrest: 'погромники=rioters мародери=looters грабують=looting сльозогінний=tear_gas заворушен*=riots мародер*=looting сльозогінн*=tear_gas погром*=riot сутичк*=clashes комендантська_година=curfew протестувальник*:0.5=protesters спецпризначенц*:0.6=riots кидають_каміння:0.5=rioting сутички_з_поліцією=clashes водомет*=water_cannon кийк*:0.5=batons поліція_атакує!=clashes',
    dead: 'загин*=killed загибл*=dead вбит*=killed вбили=killed помер=died померла=died померли=died смерт*=death',
    casualty: 'поранен*=injured постраждал*=injured травмован*=injured жертв*=victims зниклі_безвісти=missing під_завалами=trapped затиснуті=trapped заблоковані=trapped',
    eyewitness:
      'все_трясеться=shaking все_затрусилося=shaking все_трусило=shaking автосигналізації=car_alarms ховаємося=hiding ліжко_рухалося=bed_moved на_полицях=shelves чути_за_кілометри=heard вікна_задрижали=rattled шибки_задрижали=rattled шибки_тремтіли=rattled вікна_тремтіли=rattled не_виходьте=stay_inside всі_на_підлогу=get_down люди_біжать=people_running люди_тікають=people_fleeing всюди_дим=smoke_everywhere не_підходьте=stay_away відчули=felt вибігли_на_вулицю=ran_out_into чув=heard чула=heard чули=heard почув*=heard почула=heard почули=heard відчув*=felt відчула=felt бачив*=saw бачила=saw бачили=saw трусило=shaking струснуло=shook боже=omg навпроти_мого=near_my я_сховався=hiding сховалися=hiding хитало=shaking трусить=shaking дрижали=rattled гойдалася=swaying щойно=just_now ми_сховалися=hiding сховалися=hiding досі_гойдається=still_swinging',
    others: 'що_це_було=what_was_that що_це_був=what_was_that це_був=was_that хто_ще=anyone_else відчули=did_you_feel чули=did_you_hear ви_теж=you_too у_вас_теж=you_too',
    breaking: 'терміново=breaking поліція=police влада=authorities повідомляють=reports',
    figurative:
      'оренду=rents ахах*=lol хаха*=lol панічна_атака серцевий_напад помираю_зі_сміху вибух_мозку вибух_сміху вибух_емоцій демографічний_вибух це_бомба пісня альбом фільм гра буря_критики шквал_критики голова_вибухне голова_зараз_вибухне скринька_завалена завалена_листами ноутбук комп’ютер біткоїн крипт* обвал_гривні крах_гривні пожежна_небезпека',
    weak: 'молитви співчуття',
    rescue: 'рятувальник*=rescuers евакуац*=evacuation евакуйован*=evacuated швидка=ambulance дснс=emergency пожежник*=firefighters сирени=sirens',
    forecast: 'запланований=planned попередженн*=warning очікується=expected прогноз*=forecast наближається=approaching загроза=threat очікуються=expected прогнозується=forecast',
    drill: 'навчання',
    modal: 'може_статися=could може_відбутися=could можуть_статися=could міг_би=could могло_б=could',
    impact: 'охоплений_вогнем=in_flames чорний_дим=black_smoke густий_дим=thick_smoke з_полиць=fell_off_the_shelves зруйнован*=destroyed пошкоджен*=damage збитки=damage тріщини=cracks зірвав=torn_off повалені=toppled немає_світла=power_outage під_водою=submerged вилетіли_шибки=shattered розбив=smashed затоплен*=flooded затопило=flooded з_дахів розбив побив хмара_пилу зірвав=torn_off зірвані=torn_off зірвало=torn_off повалив=toppled з_корінням=uprooted відкрив_вогонь=opened_fire напав_з_ножем=stabbed по_коліна=water_up_to до_колін=water_up_to дерево_впало=trees_down впало_дерево=trees_down густий_дим=thick_smoke',
    water: 'вода=water воду=water',
    vehicle: 'потяг поїзд літак гелікоптер автобус машина вантажівка корабель пором машини автівки потяги',
    stale: 'річниц*=anniversary років_тому=years_ago роки_тому=years_ago рік_тому=year_ago цього_дня=on_this_day',
    self: 'я ми мій моя',
    now: 'зараз щойно',
    agent: 'терорист*=terrorist тероризм*=terrorism',
  },
  counts: {
    toll: 'кількість число',
    dead: 'жертв',
    time: 'рік року років роки місяць місяці місяців тиждень тижні тижнів день дні днів годину години годин хвилину хвилини хвилин секунду секунди секунд',
    numbers: "два=2 дві=2 двоє=2 три=3 троє=3 чотири=4 четверо=4 п'ять=5 п'ятеро=5 шість=6 сім=7 вісім=8 дев'ять=9 десять=10 дванадцять=12 двадцять=20",
  },
};

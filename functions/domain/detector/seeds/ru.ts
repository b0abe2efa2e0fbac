/** Russian seed lexicon, translated by hand from en.ts (stems carry the case endings: "взрыв*" is взрыва, взрывом). */
import type { Seed } from './types';

export const ru: Seed = {
  lang: 'ru',
  function: 'и в во не на я что с со он она они мы вы как а но по это к у из за от для о же так уже был была было быть то все еще',
  terms: {
    structure: 'весь_дом=house вся_квартира=flat фабрика=factory завод=factory склад=warehouse мост=bridge пешеходный_мост=footbridge крыша=roof потолок=ceiling здание=building дом:0.5=building балкон=balcony трибуна=grandstand парковка=car_park спортзал=hall',
    attack:
      'стреляют=shooting стреляет=shooting застрел*=shot_dead расстрелял*=shot ранил_ножом=stabbed зарезал*=stabbed ножев*=stabbing с_ножом:0.6=knife авиаудар*=airstrike ракетный_удар=missile_attack ракетного_удара=missile_attack ракетная_атака=missile_attack атака_беспилотников=drone_attack удар_беспилотника=drone_attack обстрел*:0.6=shelling ' +
      'стрельб*=shooting стрелок=gunman теракт*=terror_attack террористический_акт=terror_attack террористического_акта=terror_attack акт_терроризма=terror_attack смертник*=suicide_bomber заложник*=hostage резня=massacre ' +
      'поножовщин*=stabbing открыл_огонь=opened_fire нападени*:0.6=attack атак*:0.6=attack бомба:0.6=bomb выстрел*=gunshots открыл_огонь=opened_fire стрелял_в=shot_at стрелял_по=shot_at напал_с_ножом=stabbed',
    explosion: 'рвануло:0.6=blew_up хлопок:0.5=bang взрыв*=explosion взорвал*=exploded детонац*=detonation грохот:0.05=noise шум:0.05=noise звук:0.05=noise',
    fire: 'горит:0.05=burning загорелся:0.05=caught_fire загорелась:0.05=caught_fire загорелось:0.05=caught_fire сгорел:0.05=burned вспыхнул:0.05=caught_fire в_огне=engulfed пожар*=fire возгорани*=fire пламя=flames горит:0.5=burning дым:0.5=smoke подожгли:0.05=set_alight жгут:0.05=set_alight',
    earthquake: 'всё_трясётся:0.5=shaking всё_трясло:0.5=shaking всё_затряслось:0.5=shaking трясёт:0.05=shaking толчок:0.6=tremor качался:0.05=swayed качалась:0.05=swayed качались:0.05=swayed трясётся:0.05=shaking трясло:0.05=shook тряхнуло:0.05=shook качало:0.05=swayed шатало:0.05=swayed тряхнуло:0.5=shook качало:0.5=shaking трясло:0.5=shaking тряхнуло:0.5=shook землетрясени*=earthquake подземные_толчки=tremor подземный_толчок=tremor толчк*:0.6=tremor афтершок*=aftershock цунами=tsunami магнитуд*=magnitude',
    storm: 'ураган*=hurricane тайфун*=typhoon торнадо=tornado смерч*=tornado циклон*=cyclone шторм*:0.6=storm буря:0.6=storm град:0.6 градом градины порывы:0.6 повалены_деревья:0.6 деревья_повалены:0.6 ветер:0.05=wind сорвал:0.05=torn_off сорваны:0.05=torn_off сорвало:0.05=torn_off повалил:0.05=toppled с_корнем:0.05=uprooted деревья:0.05=trees дерево_упало:0.05=trees упало_дерево:0.05=trees',
    flood: 'наводнени*=flood паводк*=flood паводок=flood затоплен*=flooded подтоплен*=flooded затопило=flooded вышла_из_берегов=overflow под_водой вышла_из_берегов воды_по_колено:0.5=water_up_to по_колено_в_воде:0.5=water_up_to заходит:0.05=coming_into хлещет:0.05=pouring_into озеро:0.05=lake поток:0.05=torrent уносит:0.05=swept_away в_реки:0.05=river течением:0.05=torrent плывут:0.05=floating',
    crash: 'крушени*=crash столкновени*:0.6=collision сошел_с_рельсов=derailed разбился=crashed авари*:0.5=accident катастроф*:0.5=crash врезался=crashed врезалась=crashed дтп:0.6=crash разбился=crashed рухнул_самолет=plane_crash сошел_с_рельсов=derailed перевернулся=overturned перевернулись=overturned сошёл_с_рельсов=derailed съехал_с_дороги=ran_off_the_road трасс*:0.05=highway шоссе:0.05=highway объездн*:0.05=ring_road перекрёстк*:0.05=intersection перекрестк*:0.05=intersection визг_тормозов:0.05=screeching всмятку:0.05=pileup перевернул*=overturned лоб_в_лоб:0.6=head_on',
    collapse: 'обрушени*=collapse обрушил*=collapsed рухнул*=collapsed завал*=rubble обломк*=rubble обрушился=collapsed обрушилась=collapsed обвалился=collapsed обвал:0.6=collapse упал:0.05=fell упала:0.05=fell провалилась=caved_in провалился=caved_in рухнула=collapsed обвалилась=collapsed',
    unrest: 'погромщики=rioters мародеры=looters мародёры=looters грабят=looting беспорядк*=riots мародер*=looting слезоточив*=tear_gas погром*=riot комендантский_час=curfew протестующ*:0.5=protesters столкновения_с_полицией=clashes омон:0.6=riot_police омон=riots кидают_камни:0.5=rioting бросают_камни:0.5=rioting стычки_с_полицией=clashes столкновения_с_полицией=clashes водомёт*=water_cannon водомет*=water_cannon дубинк*:0.5=batons полиция_атакует!=clashes',
    dead: 'погиб*=killed убит*=killed умер*=died смерт*=death',
    casualty: 'пострадавш*=injured пострадал*=injured ранен*=injured жертв*=victims пропавш*=missing под_завалами=trapped зажаты=trapped заблокированы=trapped',
    eyewitness: 'всё_трясётся=shaking всё_трясло=shaking всё_затряслось=shaking автосигнализации=car_alarms сигнализации_машин=car_alarms прячемся=hiding кровать_двигалась=bed_moved кровать_качалась=bed_moved на_полках=shelves слышно_за_километры=heard стёкла_задрожали=rattled окна_задрожали=rattled стекла_дрожали=rattled не_выходите=stay_inside все_на_пол=get_down люди_бегут=people_running люди_убегают=people_fleeing везде_дым=smoke_everywhere не_подходите=stay_away ощущалось=felt выбежали_на_улицу=ran_out_into слышал*=heard почувствовал*=felt видел*=saw тряхнуло=shook трясло=shaking боже=omg напротив_моего=near_my я_спрятался=hiding спрятались=hiding качало=shaking трясет=shaking дрожали=rattled качалась=swaying только_что=just_now мы_спрятались=hiding спрятались=hiding до_сих_пор_качается=still_swinging',
    others: 'что_это_было=what_was_that что_это_был=what_was_that это_был=was_that кто_ещё=anyone_else почувствовали=did_you_feel вы_слышали=did_you_hear слышали=did_you_hear вы_тоже=you_too у_вас_тоже=you_too',
    breaking: 'срочно=breaking полиция=police власти=authorities сообщают=reports',
    figurative: 'аренду=rents ахах*=lol хаха*=lol паническая_атака сердечный_приступ умираю_со_смеху это_бомба демографический_взрыв взрыв_мозга бомбит взрыв_смеха песня альбом фильм игра буря_критики шквал_критики голова_взорвется голова_сейчас_взорвется голова_лопнет ящик_завален завален_письмами ноутбук компьютер биткоин крипт* обвал_рубля крах_рубля обвал_рынка пожароопасност* пожарная_опасность',
    weak: 'молитвы соболезнования',
    rescue: 'спасател*=rescuers эвакуац*=evacuation эвакуирован*=evacuated скорая=ambulance мчс=emergency пожарн*=firefighters сирены=sirens',
    forecast: 'планируется=planned предупреждени*=warning ожидается=expected прогноз*=forecast приближается=approaching угроза=threat ожидаются=expected прогнозируется=forecast',
    drill: 'учения учений',
    modal: 'может_произойти=could может_случиться=could могут_произойти=could мог_бы=could могло_бы=could',
    impact: 'в_огне=in_flames чёрный_дым=black_smoke черный_дым=black_smoke густой_дым=thick_smoke с_полок=fell_off_the_shelves разрушен*=destroyed повреждени*=damage ущерб=damage трещины=cracks сорвал=torn_off повалены=toppled повалило=toppled нет_света=power_outage под_водой=submerged вылетели_стекла=shattered разбил=smashed затоплен*=flooded затопило=flooded с_крыш на_крышах крышах:0.5 разбил облако_пыли сорвал=torn_off сорваны=torn_off сорвало=torn_off повалил=toppled с_корнем=uprooted открыл_огонь=opened_fire напал_с_ножом=stabbed воды_по_колено=water_up_to по_колено_в_воде=water_up_to дерево_упало=trees_down упало_дерево=trees_down бьют_витрины=smashed разбитые_витрины=smashed густой_дым=thick_smoke',
    water: 'вода=water воду=water воды=water',
    vehicle: 'поезд самолет вертолет автобус машина грузовик корабль паром машины автомобили поезда',
    stale: 'годовщин*=anniversary лет_назад=years_ago год_назад=year_ago в_этот_день=on_this_day',
    self: 'я мы мой моя',
    now: 'сейчас только_что',
    agent: 'террорист*=terrorist терроризм*=terrorism',
  },
  counts: {
    toll: 'число количество',
    dead: 'жертв',
    time: 'год года лет месяц месяца месяцев неделя недели недель день дня дней час часа часов минута минуты минут секунда секунды секунд',
    numbers: 'два=2 две=2 двое=2 три=3 трое=3 четыре=4 четверо=4 пять=5 пятеро=5 шесть=6 семь=7 восемь=8 девять=9 десять=10 двенадцать=12 двадцать=20',
  },
};

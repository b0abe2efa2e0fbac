/** Korean seed lexicon, translated by hand from en.ts (particles attach to words: stems of two or more syllables). */
import type { Seed } from './types';

export const ko: Seed = {
  lang: 'ko',
  // 사방 (all around, "사방으로 뛰어가") is a town's name elsewhere (Sabang, ID): as a function word it names a place only after a cue.
  function: '사방 그리고 하지만 그런데 너무 정말 진짜 오늘',
  terms: {
    structure: '집_전체가=house 집_전체=house 집이=house 공장=factory 창고=warehouse 다리=bridge 육교=footbridge 지붕=roof 천장=ceiling 건물=building 아파트=building 발코니=balcony 관중석=grandstand 주차장=car_park 체육관=hall',
    attack: '총에_맞아=shot 찔러=stabbed 공습*=airstrike 미사일_공격=missile_attack 드론_공격=drone_attack 포격*:0.6=shelling ' +
      '총격*=shooting 총기_난사=mass_shooting 테러*=terror 흉기*=stabbing 인질*=hostage 학살*=massacre 공격*:0.6=attack 폭탄*:0.6=bomb 총소리=gunshots 총성=gunshots 총격=shooting 찔렀*=stabbed 총을:0.6=gun 찔렀*=stabbed',
    explosion: '터졌:0.6=blew_up 폭발*=explosion 소리:0.05=noise 굉음*:0.05=noise',
    fire: '불타*:0.05=burning 불이_붙었다:0.05=caught_fire 불이_붙었어요:0.05=caught_fire 불이_붙었어:0.05=caught_fire 화염에_휩싸여=engulfed 화재*=fire 산불*=wildfire 불길*=flames 불이_났다=fire 연기:0.5=smoke 불을_질렀다:0.05=set_alight 불을_질렀어요:0.05=set_alight',
    earthquake: '다_흔들려:0.5=shaking 흔들렸*:0.05=shaking 흔들리고:0.05=shaking 흔들*:0.05=shaking 진동:0.05=shaking 땅이_엄청_흔들렸어요:0.5=ground_shook 흔들렸:0.5=shaking 지진*=earthquake 여진*=aftershock 쓰나미*=tsunami 규모:0.5=magnitude',
    storm: '태풍*=typhoon 허리케인*=hurricane 토네이도*=tornado 폭풍*:0.6=storm 우박*:0.6 강풍*:0.6 돌풍*:0.6 나무가_쓰러지고:0.6 나무가_쓰러졌어요:0.6 바람*:0.05=wind 강풍:0.6=gale 날아갔*:0.05=blown_off 뽑히*:0.05=uprooted 쓰러지*:0.05=toppled 쓰러졌*:0.05=toppled 나무*:0.05=trees 나무가_쓰러졌어요:0.05=trees 나무가_쓰러졌다:0.05=trees 회오리바람*=tornado',
    flood: '홍수*=flood 침수*=flooded 범람*=overflow 침수*=flooded 범람*=overflow 물에_잠겨 물에_잠겼다 물에_잠겼어요 무릎까지:0.5=water_up_to 들어와*:0.05=coming_into 급류:0.05=torrent 떠내려*:0.05=swept_away 강으로:0.05=river 떠다녀*:0.05=floating 물살*:0.05=torrent 호수*:0.05=lake',
    crash: '추락*=crash 충돌*=collision 탈선*=derail 사고*:0.4=accident 들이받*=crashed 추돌*=collision 전복*=overturned 전복*=overturned 탈선*=derailed 고속도로:0.05=motorway 교차로:0.05=intersection 로터리:0.05=roundabout 뒤집혔*=overturned 정면으로:0.6=head_on 부딪혔*=collided 충돌*:0.5=collided',
    collapse: '붕괴*=collapse 무너*=collapsed 잔해*=rubble 무너*=collapsed 붕괴*=collapse 떨어졌*:0.05=fell 주저앉*:0.6=caved_in 내려앉*:0.6=caved_in',
    unrest: '폭도들이=rioters 폭도=rioters 폭동*=riot 최루탄*=tear_gas 약탈*=looting 시위대*:0.5=protesters 기동대:0.6=riots 진압경찰=riots 투석=rioting 물대포=water_cannon',
    dead: '사망*=dead 숨져=killed 숨진=killed',
    water: '물이=water 물=water',
    casualty: '부상*=injured 피해자*=victims 실종*=missing 매몰*=trapped 갇혀=trapped',
    eyewitness: '다_흔들려=shaking 차_경보음=car_alarms 숨어_있어요=hiding 침대가_흔들=bed_moved 선반=shelves 창문이_떨렸어=rattled 창문이_흔들렸=rattled 엎드려=get_down 나오지_마세요=stay_inside 도망쳐요=people_fleeing 뛰어가=people_running 연기가_가득=smoke_everywhere 강하게_느껴져=felt_strongly 뛰쳐나왔어요=ran_out_into 느꼈*=felt 들었*=heard 봤*=saw 흔들렸*=shaking 흔들리고=shaking 덜컹*=rattled 숨어=hiding 맞은편=near_my 방금=just_now 숨었*=hiding 아직도_흔들려=still_swinging',
    others: '방금_그=what_was_that 느낀_사람=anyone_felt 들은_사람=anyone_heard 느끼셨나요=did_you_feel 다들=everyone 뭐야=what_was_that',
    breaking: '속보*=breaking 긴급*=urgent 경찰*=police 당국*=authorities',
    figurative: 'ㅋㅋ*=lol 웃겨_죽겠다 심장마비 노래 앨범 영화 인구_폭발 비판의_폭풍 비난의_폭풍 머리가_폭발할 머리가_폭발 메일_폭탄 노트북 컴퓨터 비트코인 원화_폭락 산불_위험',
    rescue: '구조*=rescue 소방*=firefighters 대피*=evacuation 구급차*=ambulance 사이렌*=sirens',
    forecast: '경보*=warning 예보*=forecast 북상*=approaching 예상*=expected 전망*=expected',
    drill: '훈련',
    modal: '수_있다=could 수_있습니다=could 수_있어=could',
    impact: '화염에_휩싸여=in_flames 검은_연기=black_smoke 시커먼_연기=black_smoke 피해*=damage 파손*=damaged 금이_가고=cracks 쓰러지고=toppled 정전*=power_outage 깨졌*=shattered 날아갔*=torn_off 잠겼*=submerged 침수*=flooded 지붕_위에서 지붕_위 먼지_구름 날아갔*=blown_off 뽑히*=uprooted 쓰러지*=toppled 쓰러졌*=toppled 찔렀*=stabbed 무릎까지=water_up_to 나무가_쓰러졌어요=trees_down 나무가_쓰러졌다=trees_down',
    vehicle: '열차 기차 비행기 헬기 버스 차량 트럭 선박 여객선',
    stale: '주년*=anniversary 년_전=years_ago',
    self: '나 우리 내가',
    now: '지금 방금',
    agent: '테러리스트*=terrorist',
  },
  counts: {
    toll: '집계',
    time: '년 개월 달 주 일 시간 분 초',
  },
};

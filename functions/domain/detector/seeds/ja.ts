/** Japanese seed lexicon, translated by hand from en.ts (Han/Kana: matched as substrings of a run; the longest match wins, so "人口爆発" is not "爆発"). */
import type { Seed } from './types';

export const ja: Seed = {
  lang: 'ja',
  function: '',
  terms: {
    structure: '家中=house 家全体=house 工場=factory 倉庫=warehouse 橋=bridge 歩道橋=footbridge 屋根=roof 天井=ceiling 建物=building ビル=building マンション=building バルコニー=balcony スタンド=grandstand 駐車場=car_park 体育館=hall',
    attack: '撃ってる=shooting 刺した=stabbed 刺され=stabbed 撃たれ=shot 銃で:0.6=gun 刃物で:0.6=knife 空爆=airstrike ミサイル攻撃=missile_attack ドローン攻撃=drone_attack 砲撃:0.6=shelling ' +
      '銃撃=shooting 発砲=gunfire 乱射=shooting テロ=terror 自爆=suicide_bomber 刺傷=stabbing 通り魔=stabbing 人質=hostage 虐殺=massacre 襲撃:0.6=attack 爆弾:0.6=bomb 銃声=gunshots 発砲=gunfire 発砲=opened_fire 撃った=shot 刺した=stabbed',
    explosion: '爆発した=exploded 爆発=explosion 爆破=blast 音がした:0.05=noise すごい音:0.05=noise 今の音:0.05=noise',
    fire: '燃えている:0.05=burning 燃えてる:0.05=burning 火が出た:0.05=caught_fire 炎に包まれ=engulfed 火事=fire 火災=fire 山火事=wildfire 大火=blaze 全焼=fire 燃えて:0.5=burning 炎が=flames 火をつけた:0.05=set_alight',
    earthquake: '全部揺れ:0.5=shaking ガタガタ:0.05=shaking グラグラ:0.05=shaking 揺れた:0.5=shaking 揺れて:0.5=shaking 地震=earthquake 震度=magnitude 余震=aftershock 津波=tsunami 揺れ:0.6=shaking マグニチュード=magnitude 震源=epicenter',
    storm: '台風=typhoon 竜巻=tornado ハリケーン=hurricane 暴風=storm 突風:0.6=gale ひょう:0.6 雹:0.6 強風:0.6 突風:0.6 暴風 木が倒れ:0.6 嵐:0.6 風:0.05=wind 吹き飛ば:0.05=blown_off 根こそぎ:0.05=uprooted 木が倒れ:0.05=trees',
    flood: '洪水=flood 浸水=flooded 氾濫=overflow 冠水=flooded 冠水=flooded 氾濫=overflow 浸水=flooded 水没 川が氾濫 膝まで:0.5=water_up_to 腰まで:0.5=water_up_to 水が入:0.05=coming_into 湖:0.05=lake 濁流:0.05=torrent 流され:0.05=swept_away 川のよう:0.05=river 流されて:0.05=swept_away',
    crash: '墜落=crash 衝突=collision 脱線=derail 追突=collision 事故:0.5=accident 墜落=crash 衝突=collision 玉突き=pileup 横転=overturned 横転=overturned 脱線=derailed 高速:0.05=motorway 環状線:0.05=ring_road 交差点:0.05=intersection ひっくり返:0.6=overturned',
    collapse: '倒壊=collapse 崩壊=collapse 崩落=collapse 瓦礫=rubble がれき=rubble 崩れた=collapsed 倒壊=collapse 落ちた:0.05=fell 崩れ:0.05=crumbled 崩落=collapsed',
    unrest: '暴動=riot 催涙ガス=tear_gas 略奪=looting デモ隊:0.5=protesters 機動隊:0.6=riots 投石=rioting 放水車=water_cannon',
    dead: '死亡=dead 死者=dead 亡くな=died',
    water: '水が=water',
    casualty: '負傷=injured 怪我人=injured けが人=injured 重傷=injured 行方不明=missing 閉じ込め=trapped 被害者=victims 死傷=casualties 閉じ込められ=trapped',
    eyewitness: '全部揺れ=shaking 車の警報=car_alarms 防犯ブザー=car_alarms 隠れてる=hiding ベッドが揺れ=bed_moved 棚の=shelves 窓が揺れた=rattled 窓ガラスが揺れ=rattled 窓ガラスがビリビリ=rattled 外に出ないで=stay_inside 伏せて=get_down 逃げてる=people_fleeing 近づかないで=stay_away 強い揺れ=felt_strongly 揺れた=shook 聞こえた=heard 見た=saw 怖い=scary やばい=omg 揺れた=shaking 揺れてた=shaking ガタガタ=rattled 隠れてる=hiding 家の前=outside_my 目の前=near_my 隠れた=hiding まだ揺れてる=still_swinging',
    others: '今の=was_that 感じた人=anyone_felt 揺れた人=anyone_felt 聞こえた人=anyone_heard 聞いた人=anyone_heard 他に=anyone_else みんな=everyone',
    breaking: '速報=breaking 緊急=urgent 警察=police',
    figurative: '爆笑=lol 人口爆発 死ぬほど 炎上 爆買い 爆睡 笑った=lol この曲 アルバム 映画 批判の嵐 非難の嵐 頭が爆発 メールの洪水 洪水のよう パソコン ビットコイン 円安 火災の危険 林野火災の危険',
    rescue: '救助=rescue 避難=evacuation 救急車=ambulance 消防=firefighters サイレン=sirens',
    forecast: '警報=warning 注意報=warning 接近=approaching 予報=forecast 予想=expected 予想=expected 見込み=expected',
    drill: '訓練',
    modal: 'かもしれない=might 可能性がある=could',
    impact: '炎に包まれ=in_flames 黒い煙=black_smoke 黒煙=black_smoke 被害=damage 上陸=landfall 直撃=hit 損壊=damaged ひび=cracks 倒れた=toppled 停電=power_outage 割れた=shattered 飛ばされた=torn_off 浸水=flooded 冠水=flooded 屋根の上 割れ 土煙 吹き飛ば=blown_off 根こそぎ=uprooted 発砲=opened_fire 刺した=stabbed 膝まで=water_up_to 腰まで=water_up_to 木が倒れ=trees_down',
    vehicle: '電車 列車 飛行機 ヘリ バス トラック',
    stale: '周年=anniversary 年前=years_ago',
    now: 'たった今=just',
  },
  counts: {
    toll: '',
    time: '年 か月 ヶ月 カ月 週間 日 時間 分 秒',
  },
};

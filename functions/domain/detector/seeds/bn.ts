/**
 * Bengali seed lexicon, translated by hand from en.ts (as Bangladeshi and
 * West Bengal news write it, English loans included: ব্রেকিং, টিয়ারশেল).
 * Folding keeps vowel signs, virama and nukta inside words, decomposes
 * (য় is য + nukta however typed) and drops the zero-width joiner of
 * conjuncts (র‍্যা). Case endings are written onto words (বন্যায় in the flood,
 * ভূমিকম্পের of the earthquake): stems (*) carry them; a word too short for a
 * stem (ঝড় storm) is listed with its forms. Bengali is named by its script
 * (lang.ts).
 */
import type { Seed } from './types';

export const bn: Seed = {
  lang: 'bn',
  function: 'এবং ও এই সেই একটি একটা না আর যে তার তাদের করে হয় ছিল থেকে জন্য সঙ্গে সাথে কিন্তু কী',
  terms: {
    structure: 'পুরো_বাড়ি=house কারখানা=factory গুদাম=warehouse সেতু=bridge ব্রিজ=bridge ছাদ=roof ভবন=building বারান্দা=balcony গ্যালারি=grandstand পার্কিং=car_park',
    attack:
      'গুলির_শব্দ=gunshots বিমান_হামলা=airstrike ক্ষেপণাস্ত্র_হামলা=missile_attack রকেট_হামলা=rocket_attack ড্রোন_হামলা=drone_attack গোলাবর্ষণ:0.6=shelling ' +
      'গুলিবর্ষণ=shooting গোলাগুলি=gunfire বন্দুকধারী=gunman সন্ত্রাসী_হামলা=terror_attack বোমা_হামলা=bombing আত্মঘাতী=suicide_bomber জিম্মি=hostage গণহত্যা=massacre ছুরিকাঘাত*=stabbing হামলাকারী*=attacker ' +
      'হামলা*:0.6=attack গুলি:0.6=gunfire বোমা*:0.6=bomb গুলি_চালিয়েছে=opened_fire গুলি_চালায়=opened_fire ছুরি_মেরেছে=stabbed গুলিতে=shot',
    explosion: 'ফেটে_গেল:0.6=blew_up বিকট_শব্দ:0.5=bang বিস্ফোরণ*=explosion বিস্ফোরিত=exploded ব্লাস্ট=blast শব্দ:0.05=noise আওয়াজ:0.05=noise',
    fire: 'পুড়ছে:0.05=burning জ্বলছে:0.05=burning আগুন_ধরেছে:0.05=caught_fire আগুন_ধরে:0.05=caught_fire দাউ_দাউ=engulfed অগ্নিকাণ্ড*=fire আগুন_লেগেছে=caught_fire আগুন_লাগে=caught_fire আগুন_লেগে=caught_fire দাবানল=wildfire আগুন*:0.6=fire পুড়ে:0.5=burned ধোঁয়া:0.5=smoke আগুন_দিয়েছে:0.05=set_alight',
    earthquake: 'সব_কেঁপে:0.5=shaking সবকিছু_কাঁপছে:0.5=shaking কাঁপছে:0.05=shaking কাঁপছিল:0.05=shaking কাঁপল:0.5=shook কেঁপে_উঠল:0.5=shook দুলছিল:0.5=swaying ভূমিকম্প*=earthquake ভূকম্পন*=earthquake কম্পন*:0.6=tremor আফটারশক=aftershock সুনামি=tsunami রিখটার=magnitude উৎপত্তিস্থল=epicenter',
    storm: 'ঘূর্ণিঝড়*=cyclone সাইক্লোন*=cyclone টর্নেডো*=tornado হারিকেন*=hurricane টাইফুন*=typhoon জলোচ্ছ্বাস*=storm_surge কালবৈশাখী=storm ঝড়:0.6=storm ঝড়ে:0.6=storm ঝড়ের:0.6=storm শিলা:0.4 শিলাবৃষ্টি শিলাবৃষ্টিতে গাছ_পড়ে:0.6 গাছ_উপড়ে:0.6 বাতাস:0.05=wind বাতাসে:0.05=wind উড়ে_গেছে:0.05=blown_off উপড়ে:0.05=uprooted গাছ:0.05=trees গাছ_পড়ে:0.05=trees গাছ_ভেঙে:0.05=trees',
    flood: 'বন্যা*=flood প্লাবিত=inundated জলাবদ্ধতা=flooding পানিবন্দি=flooded পাহাড়ি_ঢল=flash_flood পানিতে_তলিয়ে উপচে হাঁটু_পর্যন্ত:0.5=water_up_to ঢুকছে:0.05=coming_into পুকুর:0.05=lake স্রোত:0.05=torrent ভেসে:0.05=swept_away ভাসছে:0.05=floating',
    crash:
      'বিমান_বিধ্বস্ত=plane_crash বিধ্বস্ত=crashed লাইনচ্যুত=derailed সংঘর্ষ*:0.5=collision ধাক্কা*:0.4=collision লঞ্চডুবি=capsized নৌকাডুবি=capsized উল্টে:0.5=capsized দুর্ঘটনা*:0.5=accident উল্টে_গেছে=overturned লাইনচ্যুত=derailed মহাসড়ক*:0.05=highway বাইপাস*:0.05=ring_road মোড়ে:0.05=intersection উল্টে=overturned দুমড়ে:0.05=pileup মুখোমুখি:0.6=head_on',
    collapse: 'ভবন_ধস=collapse ধসে=collapsed ধস:0.6=collapse ভেঙে_পড়ে=collapsed ভেঙে_পড়েছে=collapsed ধ্বংসস্তূপ*=rubble ভেঙে_পড়েছে=collapsed দেবে_গেছে=caved_in',
    unrest:
      'দুর্বৃত্তরা=rioters দাঙ্গা*=riot সহিংসতা*:0.6=violence লুটপাট=looting কাঁদানে_গ্যাস=tear_gas টিয়ারশেল=tear_gas কারফিউ=curfew রাবার_বুলেট=rubber_bullets ভাঙচুর=rioting ' +
      'বিক্ষোভ*:0.5=protests ইট_পাটকেল=rioting লাঠিচার্জ=clashes জলকামান=water_cannon',
    dead: 'নিহত=killed মৃত=dead মৃতের=dead মৃতদেহ*=bodies মৃত্যু*=death প্রাণহানি=deaths মারা_গেছেন=died মারা_গেছে=died মারা_যান=died লাশ=bodies',
    water: 'পানি=water',
    casualty: 'আহত=injured আহতদের=injured আহতরা=injured হতাহত*=casualties নিখোঁজ=missing আটকা=trapped আটকে=trapped',
    eyewitness: 'সব_কেঁপে=shaking সবকিছু_কাঁপছে=shaking গাড়ির_অ্যালার্ম=car_alarms লুকিয়ে_আছি=hiding খাট_নড়ে=bed_moved তাকের=shelves ছুটছে=people_running জানালা_কেঁপে=rattled জানালা_কাঁপল=rattled বাইরে_বের_হবেন_না=stay_inside সবাই_শুয়ে_পড়ুন=get_down মানুষ_ছুটছে=people_running মানুষ_পালাচ্ছে=people_fleeing চারদিকে_ধোঁয়া=smoke_everywhere দূরে_থাকুন=stay_away অনুভূত=felt শুনলাম=heard শুনেছি=heard টের_পেলাম=felt টের_পেয়েছি=felt অনুভব_করলাম=felt দেখলাম=saw কেঁপে_উঠল=shook কাঁপছে=shaking হায়_আল্লাহ=omg হে_ভগবান=omg লুকিয়ে_পড়লাম=hiding এখনো_দুলছে=still_swinging',
    others: 'এটা_কি=was_that কিসের_ছিল=what_was_that আর_কেউ=anyone_else কেউ_কি=anyone টের_পেয়েছেন=did_you_feel টের_পেয়েছ=did_you_feel শুনেছেন=did_you_hear আপনারাও=you_too তোমরাও=you_too',
    breaking: 'ব্রেকিং=breaking জরুরি=urgent পুলিশ=police কর্তৃপক্ষ=authorities',
    figurative: 'হাহা*=lol হার্ট_অ্যাটাক প্যানিক_অ্যাটাক হাসতে_হাসতে জনসংখ্যা_বিস্ফোরণ জনসংখ্যা_বিস্ফোরণে মতের_সংঘর্ষ আতশবাজি গান গানটা গানটি সিনেমা অ্যালবাম ম্যাচ ব্যাটিং ইনিংস সমালোচনার_ঝড় মাথা_ফেটে ইমেইলে_ভেসে ল্যাপটপ কম্পিউটার বিটকয়েন টাকার_দরপতন আগুন_লাগার_ঝুঁকি',
    weak: 'দোয়া প্রার্থনা শোক ত্রাণ',
    rescue: 'উদ্ধার*=rescue উদ্ধারকারী=rescuers অ্যাম্বুলেন্স=ambulance ফায়ার_সার্ভিস!=firefighters ফায়ার_সার্ভিসের!=firefighters দমকল=firefighters আশ্রয়কেন্দ্র*=evacuation সরিয়ে_নেওয়া=evacuated সাইরেন=sirens',
    forecast: 'সতর্কতা=warning বিপদ_সংকেত=warning সতর্ক_সংকেত=warning পূর্বাভাস=forecast এগিয়ে_আসছে=approaching আশঙ্কা=possible সম্ভাবনা=possible',
    drill: 'মহড়া',
    modal: 'হতে_পারে=could ঘটতে_পারে=could',
    impact: 'দাউ_দাউ=in_flames কালো_ধোঁয়া=black_smoke ক্ষতিগ্রস্ত=damaged ধ্বংস=destroyed লণ্ডভণ্ড=devastated তাণ্ডব*=devastation উপড়ে=uprooted তলিয়ে=submerged ছাদ_থেকে ছাদে ভেঙেছে ভেঙে_গেছে ধুলার_মেঘ উড়ে_গেছে=blown_off উপড়ে=uprooted গুলি_চালিয়েছে=opened_fire ছুরি_মেরেছে=stabbed হাঁটু_পর্যন্ত=water_up_to গাছ_পড়ে=trees_down গাছ_ভেঙে=trees_down ঘন_ধোঁয়া=thick_smoke',
    vehicle: 'ট্রেন বিমান হেলিকপ্টার বাস গাড়ি ট্রাক লঞ্চ নৌকা জাহাজ গাড়িগুলো',
    stale: 'বার্ষিকী=anniversary বছর_আগে=years_ago বছর_আগের=years_ago এই_দিনে=on_this_day',
    self: 'আমি আমরা আমার আমাদের',
    now: 'এখন=now এইমাত্র=now',
    agent: 'সন্ত্রাসী*=terrorist জঙ্গি=terrorist সন্ত্রাসবাদ=terrorism',
  },
  counts: {
    toll: 'সংখ্যা',
    time: 'বছর মাস সপ্তাহ দিন ঘণ্টা মিনিট সেকেন্ড',
    // Persons are counted with জন, often written onto the number ("তিনজন নিহত", three killed). Not নয় (9): "is not".
    numbers: 'দুই=2 দুজন=2 দুইজন=2 তিন=3 তিনজন=3 চার=4 চারজন=4 পাঁচ=5 পাঁচজন=5 ছয়=6 ছয়জন=6 সাত=7 সাতজন=7 আট=8 আটজন=8 দশ=10 দশজন=10 বারো=12 বিশ=20',
  },
};

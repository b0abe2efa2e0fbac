/**
 * Persian seed lexicon, translated by hand from en.ts and ar.ts. Folding
 * unifies Persian ی ک with Arabic ي ك (so Persian typed on an Arabic
 * keyboard reads the same), and drops the zero-width non-joiner: "آتش‌سوزی"
 * is two words, written here as a phrase (آتش_سوزی). A word that folds into
 * a common Arabic word of another meaning is marked `@` (حمله is Arabic
 * "campaign", طوفان "deluge", تصادف "coincidence"): it counts only in a post
 * identified as Persian. Function words are the ones Arabic does not write
 * (در، از، که، را، است...; not شد, Levantine "pull"): with the letters پ ژ ی ک
 * they tell Persian from Arabic (lang.ts).
 */
import type { Seed } from './types';

export const fa: Seed = {
  lang: 'fa',
  function: 'در از که را است برای های می بود یک تا هر خود با اگر پس چه نیز شود دارد',
  terms: {
    structure: 'کل_خونه=house کل_خانه=house کارخانه=factory انبار=warehouse پل=bridge سقف=roof ساختمان=building بالکن=balcony سکو:0.5=grandstand پارکینگ=car_park سالن=hall',
    attack:
      'شلیک=shooting صدای_شلیک=gunshots با_چاقو:0.6=knife چاقو_زد=stabbed با_گلوله=shot به_ضرب_گلوله=shot حمله_هوایی=airstrike حمله_موشکی=missile_attack حمله_پهپادی=drone_attack بمباران:0.6=shelling ' +
      'تیراندازی=shooting حمله_تروریستی=terror_attack بمب_گذاری=bombing بمبگذاری=bombing عملیات_انتحاری=suicide_bomber انتحاری=suicide_bomber گروگان*=hostage کشتار=massacre ' +
      'چاقوکشی=stabbing مسلح:0.6=gunman حمله:0.6@=attack بمب:0.6=bomb تیراندازی=shooting شلیک_کرد=shot چاقو_زد=stabbed',
    explosion: 'انفجار=explosion انفجارها=explosion منفجر@=exploded صدای_انفجار=explosion صدا:0.05=noise صدای:0.05=noise',
    fire: 'آتش_گرفت:0.05=caught_fire می_سوزد:0.05=burning سوخت:0.05=burned در_آتش_می_سوزد=engulfed آتش_سوزی=fire آتشسوزی=fire آتش:0.6=fire حریق=fire شعله_ور=blaze شعله:0.6@=flames دود:0.5@=smoke آتش_زدند:0.05=set_alight آتش_می_زنند:0.05=set_alight',
    earthquake: 'همه_چیز_لرزید:0.5=shaking همه_چی_لرزید:0.5=shaking لرزش:0.6=tremor لرزد:0.05=shaking لرزیدند:0.05=shook لرزید:0.5=shook تکان_خورد:0.5=shaking تکان_می_خورد:0.5=shaking زلزله=earthquake زمین_لرزه=earthquake زمینلرزه=earthquake پس_لرزه=aftershock پسلرزه=aftershock لرزه:0.6=tremor سونامی=tsunami ریشتر=magnitude',
    storm: 'طوفان:0.6@=storm گردباد=tornado تندباد:0.6=storm توفان:0.6=storm تگرگ:0.6 باد_شدید:0.6 تندباد درخت_ها_افتاده:0.6 باد:0.05=wind از_ریشه:0.05=uprooted کنده_شد:0.05=torn_off درخت‌ها:0.05=trees درختان:0.05=trees درخت_افتاد:0.05=trees',
    flood: 'سیل@=flood سیلاب=flood آبگرفتگی=flooded آب_گرفته=flooded طغیان@=overflow زیر_آب طغیان_کرد تا_زانو:0.5=water_up_to میاد_تو:0.05=coming_into دریاچه:0.05=lake خروشان:0.05=torrent به_رودخانه:0.05=river شناور:0.05=floating',
    crash: 'سقوط_هواپیما=plane_crash خروج_از_ریل=derailed برخورد:0.6=collision واژگون=capsized تصادف:0.5@=accident سانحه:0.5@=accident به_کامیون_خورد=crashed تصادف_زنجیره_ای=pileup سقوط_هواپیمای=plane_crash از_ریل_خارج=derailed واژگون=overturned از_ریل_خارج=derailed بزرگراه:0.05=highway اتوبان:0.05=motorway کمربندی:0.05=ring_road جیغ_لاستیک:0.05=screeching چپ_کرد=overturned شاخ_به_شاخ:0.6=head_on',
    collapse: 'ریزش=collapse فروریخت=collapsed فرو_ریخت=collapsed آوار=rubble ریزش_کرد=collapsed فرو_ریخت=collapsed افتاد:0.05=fell پایین_آمد:0.05=came_down فرو_ریخت=collapsed',
    unrest: 'آشوبگران=rioters اغتشاش*=riots ناآرامی=unrest شورش=riot درگیری=clashes غارت=looting گاز_اشک_آور=tear_gas حکومت_نظامی=curfew معترضان:0.5=protesters اعتراضات:0.5@=protests یگان_ویژه:0.6=riots سنگ_پرت:0.5=rioting درگیری_با_پلیس=clashes باتوم:0.5=batons به_جمعیت_حمله!=clashes',
    dead: 'کشته=killed جان_باخت=died جان_باختند=died جانباختگان=dead مرگ=death',
    water: 'آب@=water',
    casualty: 'زخمی=injured مجروح@=injured مصدوم@=injured قربانیان=victims مفقود@=missing زیر_آوار=trapped گیر_افتادند=trapped محبوس=trapped',
    eyewitness: 'همه_چیز_لرزید=shaking همه_چی_لرزید=shaking دزدگیر_ماشین=car_alarms قایم_شدیم=hiding تخت_تکون_خورد=bed_moved توی_قفسه=shelves شیشه_ها_لرزید=rattled شیشه_ها_لرزیدن=rattled پنجره_ها_لرزید=rattled بیرون_نیاید=stay_inside مردم_فرار=people_fleeing نزدیک_نشید=stay_away دود_همه_جا=smoke_everywhere احساس_شد=felt دویدند=ran_out_into شنیدم=heard حس_کردم=felt احساس_کردم=felt دیدم=saw لرزید=shook خدایا=omg روبروی_خانه=near_my قایم_شدم=hiding پنهان_شدیم=hiding تکان_خورد=shaking لرزید=shaking تاب_می_خورد=swaying همین_الان=just_now پنهان_شدیم=hiding',
    others: 'چی_بود=what_was_that این_بود=was_that کسی_دیگه=anyone_else کس_دیگه=anyone_else حس_کردید=did_you_feel شنیدید=did_you_hear شما_هم=you_too',
    breaking: 'فوری@=breaking خبر_فوری=breaking پلیس=police مقامات@=authorities',
    figurative: 'اجاره‌ها=rents خخخخ*=lol حمله_قلبی حمله_عصبی ترکیدم_از_خنده انفجار_جمعیت آتش_بازی آهنگ آلبوم فیلم بازی طوفان_انتقادها طوفان_انتقاد سرم_منفجر سرم_داره_منفجر_میشه سیل_پیام سیل_ایمیل لپ_تاپ کامپیوتر بیت_کوین بیت‌کوین سقوط_ریال سقوط_بیت‌کوین خطر_آتش‌سوزی اتفاق_افتاد',
    weak: 'دعا@ تسلیت',
    rescue: 'امدادگران=rescuers امداد@=rescue آمبولانس=ambulance اورژانس=emergency آتش_نشانی!=firefighters آتشنشانی=firefighters هلال_احمر=emergency تخلیه@=evacuation آژیر=sirens',
    forecast: 'هشدار=warning پیش_بینی=forecast پیشبینی=forecast انتظار_می_رود=expected تهدید@=threat پیش_بینی_شده=forecast',
    drill: 'مانور',
    modal: 'ممکن_است=could',
    impact: 'در_آتش_می_سوزد=in_flames دود_سیاه=black_smoke ویران=destroyed تخریب@=destroyed خسارت=damage آسیب=damage ترک=cracks درخت_ها_افتاده=toppled برق_رفته=power_outage قطع_برق=power_outage زیر_آب=submerged شیشه_ها_شکست=shattered آب_گرفته=flooded آبگرفتگی=flooded روی_پشت_بام پشت_بام_ها:0.5 شکست گرد_و_خاک از_ریشه=uprooted کنده_شد=torn_off چاقو_زد=stabbed تا_زانو=water_up_to درخت_افتاد=trees_down دود_غلیظ=thick_smoke',
    vehicle: 'قطار هواپیما بالگرد هلیکوپتر اتوبوس خودرو ماشین کامیون کشتی',
    stale: 'سالگرد=anniversary سال_پیش=years_ago سال_قبل=years_ago در_چنین_روزی=on_this_day',
    self: 'من@ ما@',
    now: 'الان=now همین_الان=now اکنون=now',
    agent: 'تروریست*=terrorist تروریسم=terrorism',
  },
  counts: {
    toll: 'تعداد شمار آمار',
    dead: 'قربانیان کشتگان',
    time: 'سال ماه هفته روز ساعت دقیقه ثانیه',
    // No ده (10): "ده‌ها" (tens, dozens) is ده and ها across the zero-width non-joiner ("3 کشته و ده‌ها زخمی" is no toll of 10).
    numbers: 'دو=2 سه=3 چهار=4 پنج=5 شش=6 هفت=7 هشت=8 دوازده=12 بیست=20',
  },
};

/**
 * Arabic seed lexicon, translated by hand from en.ts. Written as in the
 * language; folding strips diacritics and tatweel and unifies alef, ya and
 * ta marbuta forms, and the lexicon retries a word without its proclitics
 * (و ف ب ل ك, ال), so base forms are enough.
 */
import type { Seed } from './types';

export const ar: Seed = {
  lang: 'ar',
  function:
    'في من على إلى الى عن مع هذا هذه أن ان لا ما هو هي كان قد لم كل بعد كيف ماذا لماذا متى اين أين انت أنت هم لي لك له لها مو مش شو ليش لكن بس اذا إذا حتى الذي التي ذلك تلك بين فقط',
  terms: {
    structure: 'البيت_كله=house البيت_كلو=house مصنع=factory مستودع=warehouse جسر=bridge الجسر=bridge سقف=roof السقف=roof مبنى=building المبنى=building عمارة=building شرفة=balcony بلكونة=balcony مدرج=grandstand',
    attack:
      'ضرب_نار=gunfire بيضرب_نار=shooting بالرصاص=shot طعنا=stabbed بسكين:0.6=knife أطلق_النار=opened_fire غارة_جوية=airstrike غارات_جوية=airstrike هجوم_صاروخي=missile_attack قصف_صاروخي=missile_attack ' +
      'إطلاق_نار=shooting هجوم_إرهابي=terror_attack تفجير=bombing تفجيرات=bombing انتحاري=suicide_bomber طعن=stabbing رهائن=hostage مجزرة=massacre ' +
      'عبوة_ناسفة=bomb مسلح:0.6=gunman هجوم:0.6=attack قنبلة:0.6=bomb فتح_النار=opened_fire أطلق_النار=opened_fire طعن=stabbed',
    explosion: 'انفجار=explosion انفجارات=explosion انفجر=exploded دوي_انفجار=explosion انفجار=explosion انفجارات=explosion صوت:0.05=noise الصوت:0.05=noise هالصوت:0.05=noise',
    fire: 'يحترق:0.05=burning تحترق:0.05=burning احترق:0.05=burned اشتعلت_النيران:0.05=caught_fire التهمت_النيران:0.05=went_up_in_flames حريق=fire حرائق=fire اشتعال=blaze نيران:0.6=flames دخان:0.5=smoke حريقا=fire أحرقوا:0.05=set_alight احرقوا:0.05=set_alight',
    earthquake: 'كل_شيء_يهتز:0.5=shaking كل_حاجة_اتهزت:0.5=shaking كل_شي_عم_يهتز:0.5=shaking بيتهز:0.05=shaking يهتز:0.05=shaking اهتز:0.05=shook اهتزت:0.05=shook تهتز:0.05=shaking ارتجت:0.05=shook زلزال=earthquake زلازل=earthquake هزة_أرضية=earthquake هزة:0.6=tremor تسونامي=tsunami ريختر=magnitude',
    storm: 'إعصار=hurricane زوبعة=tornado عاصفة:0.6=storm عواصف:0.6=storm رياح_عاتية:0.6 سقطت_الأشجار:0.6 الرياح:0.05=wind رياح:0.05=wind اقتلعت:0.05=uprooted اقتلع:0.05=uprooted أسقطت:0.05=toppled أشجار:0.05=trees الأشجار:0.05=trees وقعت_شجرة:0.05=trees سقطت_شجرة:0.05=trees',
    flood: 'فيضان=flood فيضانات=flood سيول=flood غمرت=flooded غارقة_بالمياه غارق_بالمياه فاض:0.4 فاضت:0.4 النهر_فاض فيضان_النهر إلى_الركبتين:0.5=water_up_to للركب:0.5=water_up_to تدخل:0.05=coming_into بحيرة:0.05=lake تجرف*:0.05=swept_away أنهار:0.05=river تطفو:0.05=floating تفوت:0.05=coming_into',
    crash: 'تصادم=collision تحطم=crash سقوط_طائرة=plane_crash حادث:0.5=accident اصطدم=crashed اصطدمت=crashed سقوط_طائرة=plane_crash خروج_قطار=derailed خرج_عن_القضبان=derailed الأوتوستراد:0.05=motorway الطريق_السريع:0.05=highway الدوار:0.05=roundabout صرير:0.05=screeching وجها_لوجه:0.6=head_on تصادم=collided',
    collapse: 'انهيار=collapse انهار=collapsed أنقاض=rubble انهارت=collapsed انهار=collapsed سقط:0.05=fell سقطت:0.05=fell هبط:0.05=caved_in',
    unrest: 'اشتباكات=clashes شغب=riot نهب=looting الغاز_المسيل_للدموع=tear_gas متظاهرين:0.5=protesters متظاهرون:0.5=protesters احتجاجات:0.5=protests مكافحة_الشغب=riots يرمون_الحجارة:0.5=rioting رشق_بالحجارة:0.5=rioting اشتباكات_مع_الشرطة=clashes خراطيم_المياه=water_cannon الهراوات:0.5=batons',
    dead: 'قتلى=dead قتيل=dead مقتل=killed وفاة=death وفيات=deaths مصرع=death لقي_حتفه=died',
    water: 'المياه=water المي=water مياه=water الماء=water',
    casualty: 'جرحى=injured مصابين=injured إصابات=injuries ضحايا=victims مفقودين=missing محاصرين=trapped عالقين=trapped عالقون=trapped محاصرين=trapped',
    eyewitness: 'كل_شيء_يهتز=shaking كل_حاجة_اتهزت=shaking كل_شي_عم_يهتز=shaking انذارات_السيارات=car_alarms السرير_كان_بيتحرك=bed_moved السرير_تحرك=bed_moved على_الرفوف=shelves استخبينا=hiding الشبابيك_اتهزت=rattled النوافذ_اهتزت=rattled الشبابيك_اهتزت=rattled محدش_يخرج=stay_inside لا_تخرجوا=stay_inside الناس_بتجري=people_running الناس_تركض=people_running دخان_في_كل_مكان=smoke_everywhere ابعدوا=stay_away الكل_ينزل=get_down يشعر_به=felt سمعت=heard شعرت=felt رأيت=saw يا_الله=omg مقابل_بيتي=near_my هنا_في=here_in مختبئ=hiding اختبأنا=hiding اهتزت=shaking اهتز=shaking تتمايل=swaying اختبأنا=hiding لسا_عم_تتمرجح=still_swinging',
    others: 'ده_كان=was_that هاد_كان=was_that شو_هاد=what_was_that ايه_ده=what_was_that حد_حس=anyone_felt حسيتوا=did_you_feel حسيتو=did_you_feel سمعتوا=did_you_hear حد_سمع=anyone_heard حد_تاني=anyone_else أحد_آخر=anyone_else شعرتم=did_you_feel سمعتم=did_you_hear شو_هالصوت=what_was_that',
    breaking: 'عاجل=breaking شرطة=police السلطات=authorities',
    figurative: 'هههه*=lol نوبة_قلبية نوبة_هلع ميت_من_الضحك انفجار_سكاني ألعاب_نارية أغنية ألبوم فيلم مباراة الانفجار_السكاني عاصفة_من_الانتقادات عاصفة_انتقادات رأسي_سينفجر سينفجر_رأسي امتلأ_بريدي لابتوب حاسوب بيتكوين انهيار_العملة انهيار_الليرة انهيار_الدينار خطر_الحرائق خطر_الحريق',
    weak: 'دعاء تبرعات',
    rescue: 'إنقاذ=rescue الدفاع_المدني=emergency إسعاف=ambulance إخلاء=evacuation إطفاء=firefighters صفارات=sirens',
    forecast: 'تحذير=warning متوقع=expected يقترب=approaching إنذار=warning متوقعة=expected متوقعة_في=expected توقعات=forecast',
    drill: 'تمرين تمرينا مناورة مناورات',
    modal: 'قد_يحدث=could قد_يضرب=could قد_تضرب=could يمكن_أن_يحدث=could',
    impact: 'دخان_أسود=black_smoke من_الرفوف=fell_off_the_shelves دمر=destroyed أضرار=damage خسائر=damage تشققات=cracks شقوق=cracks اقتلعت=torn_off سقطت_الأشجار=toppled الكهرباء_مقطوعة=power_outage انقطاع_الكهرباء=power_outage غارق=submerged غمرتها_المياه=submerged تكسر=shattered تحطم_الزجاج=shattered غمرتها_المياه=flooded فوق_الأسطح على_الأسطح الأسطح:0.5 حطمت سحابة_غبار اقتلعت=uprooted اقتلع=uprooted أسقطت=toppled فتح_النار=opened_fire أطلق_النار=opened_fire إلى_الركبتين=water_up_to للركب=water_up_to وقعت_شجرة=trees_down سقطت_شجرة=trees_down دخان_كثيف=thick_smoke',
    vehicle: 'قطار طائرة حافلة سيارة شاحنة سفينة مروحية السيارات سيارات',
    stale: 'ذكرى=anniversary قبل_سنوات=years_ago مثل_هذا_اليوم=on_this_day قبل_#_سنوات=years_ago قبل_#_عاما=years_ago',
    self: 'أنا نحن',
    now: 'الآن=now',
    since: 'منذ',
    agent: 'إرهاب*:0.6=terror',
  },
  counts: {
    toll: 'حصيلة الحصيلة عدد',
    dead: 'ضحايا الضحايا',
    time: 'سنة سنوات عام أعوام شهر أشهر أسبوع أسابيع يوم أيام ساعة ساعات دقيقة دقائق ثانية',
    numbers: 'اثنان=2 اثنين=2 ثلاثة=3 أربعة=4 خمسة=5 ستة=6 سبعة=7 ثمانية=8 تسعة=9 عشرة=10',
  },
};

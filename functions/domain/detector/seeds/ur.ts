/**
 * Urdu seed lexicon, translated by hand from en.ts (with the Persian and
 * Arabic loans Urdu news writes: زلزلہ، حادثہ، فائرنگ). Folding unifies Urdu
 * ہ and ۃ with Arabic ه and ی ک with ي ك (as Persian's), and keeps ھ ے ں ٹ ڈ
 * ڑ, Urdu's own letters. A word that folds into a common Arabic or Persian
 * word of another meaning, or that Persian has only for its own posts, is
 * marked `@` (حملہ is Arabic "campaign", طوفان Arabic "deluge"): it counts
 * only in a post identified as Urdu. Its language evidence counts anywhere
 * (lexicon.ts), so the words whose Arabic meaning is common and far (فساد
 * corruption, حکام rulers, نقصان decrease) are left out: an Arabic post of
 * one such word would read as Urdu. Function words
 * are the ones neither Arabic nor Persian writes (کے، میں، ہے، اور، سے، نے...;
 * not کی، یہ، ہو، کہ: Arabic "كي", Persian "یه", Arabic "هو", Persian "که"):
 * with the letters ٹ ڈ ڑ ں ے they tell Urdu from Arabic and Persian (lang.ts).
 * Not ہم (we): it folds into Arabic هم (they).
 */
import type { Seed } from './types';

export const ur: Seed = {
  lang: 'ur',
  function: 'کے میں ہے ہیں اور سے نے کا وہ تھا تھے تھی بھی نہیں گیا گئے گئی لیے لئے ایک ساتھ والے کیا ہوئے رہے',
  terms: {
    structure: 'پورا_گھر=house فیکٹری=factory کارخانہ=factory گودام=warehouse پل=bridge چھت=roof عمارت=building بالکونی=balcony اسٹینڈ=grandstand پارکنگ=car_park',
    attack:
      'فضائی_حملہ=airstrike فضائی_حملے=airstrike میزائل_حملہ=missile_attack راکٹ_حملہ=rocket_attack ڈرون_حملہ=drone_attack گولہ_باری:0.6=shelling ' +
      'فائرنگ=shooting گولیاں=gunfire خودکش_حملہ=suicide_bomber خودکش_دھماکہ=suicide_bomber خودکش_حملہ_آور=suicide_bomber بم_دھماکہ=bombing بم_دھماکے=bombing ' +
      'یرغمال*=hostage قتل_عام=massacre چاقو_کے_وار=stabbing حملہ_آور=attacker حملہ_آوروں=attacker مسلح_افراد:0.6=gunmen ' +
      'حملہ:0.6@=attack حملے:0.6=attack حملوں:0.6=attack بم:0.6=bomb فائرنگ=shooting چاقو_مار=stabbed',
    explosion: 'دھماکہ=explosion دھماکے=explosion دھماکوں=explosion دھماکا=explosion پھٹ_گیا=exploded آواز:0.05=noise شور:0.05=noise',
    fire: 'جل_رہا:0.05=burning جل_رہی:0.05=burning آگ_لگ_گئی:0.05=caught_fire شعلوں_کی_لپیٹ=engulfed آگ=fire آتشزدگی=fire آتش_زدگی=fire آگ_لگ=caught_fire شعلے=flames دھواں:0.5=smoke جلا_دیں:0.05=set_alight جلی_ہوئی:0.05=burned',
    earthquake: 'سب_کچھ_ہل:0.5=shaking ہل:0.05=shaking ہلنے:0.05=shaking ہلتی:0.05=shaking زمین_زور_سے_ہلی:0.5=ground_shook ہلتی_رہی:0.5=shaking زلزلہ=earthquake زلزلے=earthquake زلزلوں=earthquake جھٹکے:0.6=tremor جھٹکا:0.6=tremor آفٹر_شاکس=aftershock ریکٹر=magnitude',
    storm: 'طوفان:0.6@=storm سمندری_طوفان=cyclone طوفانی:0.6=storm سائیکلون=cyclone آندھی:0.6=storm بگولا=tornado بگولے=tornado تیز_ہوائیں:0.6=winds ژالہ_باری:0.6=hail اولے:0.6 اولوں ژالہ_باری تیز_ہوا:0.6 درخت_گر:0.6 ہواؤں:0.05=winds آندھی=windstorm اڑا_دیں:0.05=blown_off اڑا_دی:0.05=blown_off اکھاڑ:0.05=uprooted درخت:0.05=trees درخت_گر:0.05=trees',
    flood: 'سیلاب=flood سیلابی=flood طغیانی=flood زیر_آب=inundated پانی_بھر_گیا=flooded پانی_میں_ڈوب ڈوبی ڈوب_گئی بپھر گھٹنوں_تک:0.5=water_up_to تالاب:0.05=lake ریلا:0.05=torrent دریا_بنا:0.05=river تیر_رہی:0.05=floating بہاؤ:0.05=torrent پانی_آ_رہا:0.05=coming_into',
    crash:
      'طیارہ_حادثہ=plane_crash طیارے_کا_حادثہ=plane_crash گر_کر_تباہ=crashed ٹکر:0.6=collision ٹکرا*=collided پٹری_سے_اتر=derailed کشتی_الٹ=capsized حادثہ:0.5@=accident حادثے:0.5=accident الٹ_گئی=overturned الٹ_گیا=overturned پٹڑی_سے_اتر=derailed موٹروے:0.05=motorway ہائی_وے:0.05=highway الٹ_گئی=overturned آمنے_سامنے:0.6=head_on',
    collapse: 'منہدم=collapsed عمارتیں_گر=collapsed عمارت_گر=collapse چھت_گر=collapsed ملبے=rubble ملبہ@=rubble گر_گیا:0.05=fell گر_گئی:0.05=fell گر_کر:0.05=fell بیٹھ_گئی=caved_in',
    unrest:
      'شرپسندوں=rioters ہنگاموں=riots ہنگامے=riots ہنگامہ_آرائی=riots فسادات@=riots جھڑپیں=clashes جھڑپ=clashes آنسو_گیس=tear_gas لوٹ_مار=looting کرفیو=curfew پتھراؤ=rioting ' +
      'مظاہرین:0.5@=protesters مظاہرے:0.5=protests احتجاج:0.5@=protests پتھراؤ=rioting لاٹھی_چارج=clashes واٹر_کینن=water_cannon ہجوم_پر_ٹوٹ_پڑی!=clashes',
    dead: 'ہلاک=killed ہلاکتیں=deaths ہلاکتوں=deaths جاں_بحق=died جاںبحق=died جان_بحق=died مارے_گئے=killed لاشیں=bodies اموات=deaths',
    water: 'پانی=water',
    casualty: 'زخمی=injured زخمیوں=injured متاثرین@=victims لاپتہ=missing پھنس*=trapped',
    eyewitness: 'سب_کچھ_ہل=shaking گاڑیوں_کے_الارم=car_alarms چھپے_ہوئے=hiding بستر_ہل_رہا=bed_moved الماری_میں=shelves کھڑکیاں_ہل=rattled کھڑکیاں_کھڑکھڑائیں=rattled باہر_مت_نکلیں=stay_inside سب_نیچے=get_down لوگ_بھاگ=people_running ہر_طرف_دھواں=smoke_everywhere دور_رہو=stay_away محسوس_کیا=felt سڑک_پر_بھاگے=ran_out_into میں_نے_سنا=heard محسوس_کیا=felt محسوس_کیے=felt میں_نے_دیکھا=saw زمین_ہل=shaking ہل_گئی=shook ہل_گیا=shook اللہ_خیر=omg چھپ_گئے=hiding',
    others: 'کیا_یہ=was_that کیا_تھی=what_was_that کیا_تھا=what_was_that کسی_اور=anyone_else اور_کسی=anyone_else آپ_لوگوں_نے=did_you_all آپ_نے_بھی=you_too',
    breaking: 'بریکنگ=breaking فوری@=urgent پولیس=police انتظامیہ=authorities',
    figurative: 'ہاہا*=lol دل_کا_دورہ ہنس_ہنس_کر آبادی_کا_دھماکہ دھماکہ_خیز دھماکے_دار خیالات_کا_ٹکراؤ آتش_بازی گانا فلم تنقید_کا_طوفان سر_پھٹ ای_میلز_کا_سیلاب لیپ_ٹاپ کمپیوٹر بٹ_کوائن روپے_کی_قدر آگ_لگنے_کا_خطرہ',
    weak: 'دعا@ دعائیں تعزیت',
    rescue: 'ریسکیو=rescue امدادی=rescue ایمبولینس=ambulance فائر_بریگیڈ!=firefighters انخلا=evacuation سائرن=sirens',
    forecast: 'انتباہ=warning وارننگ=warning پیشگوئی=forecast پیش_گوئی=forecast خطرہ=threat',
    drill: 'مشق',
    modal: 'سکتا_ہے=could سکتی_ہے=could ہو_سکتا=could',
    impact: 'شعلوں_کی_لپیٹ=in_flames کالا_دھواں=black_smoke تباہ=destroyed تباہی=devastation چھتوں_سے چھتوں_پر توڑ_دیے ٹوٹ_گئے دھول_کا_بادل اڑا_دیں=blown_off اڑا_دی=blown_off اکھاڑ=uprooted چاقو_مار=stabbed گھٹنوں_تک=water_up_to درخت_گر=trees_down گھنا_دھواں=thick_smoke',
    vehicle: 'ٹرین ریل طیارہ طیارے ہیلی_کاپٹر گاڑی ٹرک کشتی گاڑیاں',
    stale: 'برسی=anniversary سال_پہلے=years_ago برس_پہلے=years_ago آج_کے_دن=on_this_day',
    self: 'میرا میرے ہمارے',
    now: 'ابھی=now ابھی_ابھی=now',
    agent: 'دہشت_گرد=terrorist دہشت_گردوں=terrorist دہشتگرد*=terrorist دہشت_گردی=terrorism',
  },
  counts: {
    toll: 'تعداد',
    time: 'سال برس مہینے مہینہ ہفتے ہفتہ دن گھنٹے گھنٹہ منٹ سیکنڈ',
    numbers: 'دو=2 تین=3 چار=4 پانچ=5 چھ=6 سات=7 آٹھ=8 بارہ=12 نو=9@ دس=10@ بیس=20@',
  },
};

/**
 * Hebrew seed lexicon, translated by hand from en.ts. Written as in the
 * language, without niqqud; folding drops niqqud and cantillation, folds the
 * final letters (ך ם ן ף ץ) to their base forms and drops the geresh and
 * gershayim of acronyms ("מד״א", "צה"ל"), so a word reads the same with a
 * prefix or suffix. The lexicon retries a word without its prefixes (ו ה ב ל
 * מ ש כ and their combinations: "והפיצוץ" is "פיצוץ"), so base forms are
 * enough; stems (*) carry the plural and feminine endings ("פצוע*": פצועה,
 * פצועים). Hebrew is named by its script (lang.ts).
 */
import type { Seed } from './types';

export const he: Seed = {
  lang: 'he',
  function: 'של את על עם זה זו זאת גם כי אבל יש הוא היא הם הן אתה מה עוד כל כבר רק אם או אחרי אל לא',
  terms: {
    structure: 'כל_הבית=house מפעל=factory מחסן=warehouse גשר=bridge גשר_הולכי_רגל=footbridge גג=roof תקרה=ceiling תקרת=ceiling בניין=building מרפסת=balcony יציע=grandstand חניון=car_park אולם=hall',
    attack:
      'יורים=shooting יורה_באנשים=shooting תקיפה_אווירית=airstrike תקיפות_אוויריות=airstrike ירי_רקטות=rocket_attack מתקפת_טילים=missile_attack מתקפת_רחפנים=drone_attack הפצצה:0.6=shelling הפגזה:0.6=shelling ' +
      'פיגוע*=terror_attack ירי=shooting יריות=gunfire פתח_באש=opened_fire פתחו_באש=opened_fire פיגוע_ירי=shooting פיגוע_דקירה=stabbing פיגוע_דריסה=terror_attack ' +
      'דקירה=stabbing נדקר*=stabbed מטען_חבלה=bomb מכונית_תופת=car_bomb מחבל_מתאבד=suicide_bomber מתאבד:0.6=suicide_bomber בני_ערובה=hostage טבח=massacre ' +
      'חמוש:0.6=gunman חמושים:0.6=gunmen מתקפה:0.6=attack התקפה:0.6=attack תקיפה:0.6=attack פצצה:0.6=bomb פתח_באש=opened_fire ירה_על=shot_at ירה_לעבר=shot_at דקר=stabbed',
    explosion: 'בום:0.5=bang פיצוץ*=explosion התפוצצ*=exploded הדף:0.6=blast רעש:0.05=noise',
    fire: 'נשרף:0.05=burned עלתה_באש:0.05=caught_fire עולה_בלהבות=engulfed שריפה=fire שריפות=fire שרפה=fire דליקה=fire שריפת_יער=forest_fire הצתה=arson עולה_באש=on_fire עלה_באש=on_fire להבות=flames אש:0.5=fire בוער:0.5=burning עשן:0.5=smoke הציתו:0.05=set_alight',
    earthquake: 'הכל_רעד:0.5=shaking הכל_רועד:0.5=shaking רועד:0.05=shaking רועדים:0.05=shaking התנדנד:0.05=swayed האדמה_רעדה:0.5=ground_shook רעד:0.5=shook רעידת_אדמה=earthquake רעידת_האדמה=earthquake רעידות_אדמה=earthquake רעידת:0.6=tremor רעידה:0.6=tremor רעידת_משנה=aftershock רעידות_משנה=aftershock צונאמי=tsunami ריכטר=magnitude מגניטודה=magnitude מוקד_הרעידה=epicenter',
    storm: 'הוריקן*=hurricane טייפון*=typhoon טורנדו=tornado ציקלון=cyclone סופה:0.6=storm סופת:0.6=storm סערה:0.6=storm רוחות_עזות:0.6=winds ברד:0.6=hail ברד:0.6 רוחות:0.6 עצים_נפלו:0.6 רוח:0.05=wind רוחות:0.05=winds תלשה:0.05=torn_off נעקרו:0.05=uprooted עקרו:0.05=uprooted עצים:0.05=trees עץ_נפל:0.05=trees נפל_עץ:0.05=trees',
    flood: 'שיטפון*=flood שטפון*=flood הצפה=flooding הצפות=flooding הוצפו=flooded מוצפים=flooded מוצף מוצפת עלה_על_גדותיו עלו_על_גדותיהם עד_הברכיים:0.5=water_up_to נכנסים:0.05=coming_into אגם:0.05=lake זרם:0.05=torrent נסחפ*:0.05=swept_away לנהרות:0.05=river צפות:0.05=floating',
    crash:
      'התרסק*=crashed התרסקות=crash התנגשות:0.6=collision התנגש*:0.6=collided מתנגש*:0.6=collided ירדה_מהפסים=derailed ירד_מהפסים=derailed תאונת_מטוס=plane_crash תאונת_רכבת=train_crash התהפך=capsized התהפכה=capsized תאונה:0.5=accident תאונת:0.5=accident התהפך=overturned התהפכה=overturned ירדה_מהפסים=derailed כביש_מהיר:0.05=motorway כיכר:0.05=roundabout התהפך=overturned התהפכה=overturned חריקת_בלמים:0.05=screeching חזיתית:0.6=head_on התנגשו=collided',
    collapse: 'קריסה=collapse קריסת=collapse קרס=collapsed קרסה=collapsed קרסו=collapsed הריסות=rubble נפלה:0.05=fell נפל:0.05=fell קרסה=collapsed',
    unrest:
      'מתפרעים=rioters מהומות=riots התפרעויות=riots עימותים=clashes גז_מדמיע=tear_gas ביזה=looting עוצר=curfew בקבוקי_תבערה=molotov תותח_מים=water_cannon כדורי_גומי=rubber_bullets ' +
      'הפגנה:0.5=protest הפגנות:0.5=protests מפגינים:0.5=protesters זורקים_אבנים:0.5=rioting יידוי_אבנים:0.5=rioting עימותים_עם_המשטרה=clashes',
    dead: 'הרוג*=killed נהרג*=killed נרצח*=killed מתו=died מוות=death גופות=bodies',
    water: 'מים=water המים=water',
    casualty: 'פצוע*=injured נפצע*=injured נפגעים=casualties קורבנות=victims נעדר*=missing לכוד*=trapped',
    eyewitness: 'הכל_רעד=shaking הכל_רועד=shaking אזעקות_רכבים=car_alarms מסתתרים=hiding המיטה_זזה=bed_moved על_המדפים=shelves החלונות_רעדו=rattled להישאר_בבית=stay_inside כולם_לשכב=get_down אנשים_בורחים=people_fleeing עשן_בכל_מקום=smoke_everywhere תתרחקו=stay_away הורגשה=felt רצו_לרחוב=ran_out_into שמעתי=heard שמענו=heard הרגשתי=felt הרגשנו=felt ראיתי=saw ראינו=saw הכל_רעד=shaking רעד=shook רעדו=shook אלוהים=omg הסתתרנו=hiding',
    others: 'מה_היה=what_was_that זו_הייתה=was_that זה_היה=was_that מישהו_עוד=anyone_else עוד_מישהו=anyone_else הרגשתם=did_you_feel שמעתם=did_you_hear גם_אתם=you_too',
    breaking: 'דחוף=urgent מבזק=breaking משטרה=police שוטרים=police רשויות=authorities מדווחים=reported',
    figurative: 'חחחח*=lol התקף_לב התקף_חרדה התקף_פאניקה מת_מצחוק פיצוץ_אוכלוסין פיצוץ_האוכלוסין התנגשות_דעות זיקוקים שיר אלבום סרט משחק מסיבה סערת_ביקורת סערה_של_ביקורת הראש_שלי_מתפוצץ הראש_מתפוצץ תיבת_המייל_מוצפת מוצפת_במיילים לפטופ מחשב ביטקוין קריפטו קריסת_השקל סכנת_שריפות',
    weak: 'תפילות תנחומים תרומות',
    rescue: 'חילוץ=rescue מחלצים=rescuers כוחות_הצלה=rescuers מד״א=ambulance אמבולנס*=ambulance כבאים=firefighters כבאות=firefighters פינוי=evacuation פונו=evacuated פיקוד_העורף=emergency סירנות=sirens',
    forecast: 'מתוכננת=planned מתוכנן=planned מתוכנן=planned מתוכננת=planned אזהרה=warning התרעה=warning תחזית=forecast צפוי=expected צפויה=expected מתקרב*=approaching איום=threat',
    drill: 'תרגיל',
    modal: 'עלול=could עלולה=could עלולים=could',
    impact: 'עולה_בלהבות=in_flames עשן_שחור=black_smoke מהמדפים=fell_off_the_shelves נהרס*=destroyed הרס=destroyed נזק=damage נזקים=damage נזקי=damage מגגות על_הגגות גגות:0.5 ניפץ ניפצו ענן_אבק תלשה=torn_off נעקרו=uprooted עקרו=uprooted פתח_באש=opened_fire דקר=stabbed עד_הברכיים=water_up_to עץ_נפל=trees_down נפל_עץ=trees_down עשן_סמיך=thick_smoke',
    vehicle: 'רכבת מטוס מסוק אוטובוס רכב מכונית משאית ספינה סירה מכוניות',
    stale: 'יום_השנה=anniversary אזכרה=anniversary לפני_#_שנים=years_ago לפני_שנים=years_ago לפני_שנה=year_ago',
    self: 'אני אנחנו שלי',
    now: 'עכשיו=now כרגע=now',
    since: 'מאז',
    agent: 'טרור*=terror טרוריסט*=terrorist מחבל*=terrorist',
  },
  counts: {
    toll: 'מספר',
    dead: 'קורבנות',
    time: 'שנה שנים שנות חודש חודשים שבוע שבועות יום ימים שעה שעות דקה דקות שנייה שניות',
    // Not שבע (7) nor שמונה (8): they name cities (באר שבע, קריית שמונה).
    numbers: 'שניים=2 שתיים=2 שני=2 שתי=2 שלושה=3 שלוש=3 ארבעה=4 ארבע=4 חמישה=5 חמש=5 שישה=6 שש=6 תשעה=9 עשרה=10 עשר=10 עשרים=20',
  },
};

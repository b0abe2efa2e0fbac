/** Hindi seed lexicon, translated by hand from en.ts (Devanagari; a few English loans as Hindi posts write them). */
import type { Seed } from './types';

export const hi: Seed = {
  lang: 'hi',
  function: 'का के की है में और से को पर यह था थे थी हैं ने भी तो नहीं एक कि लिए',
  terms: {
    attack:
      'गोली_मारकर=shot गोली_मार=shot चाकू_से:0.6=knife चाकू_घोंप=stabbed हवाई_हमला=airstrike हवाई_हमले=airstrike मिसाइल_हमला=missile_attack ड्रोन_हमला=drone_attack ' +
      'गोलीबारी=shooting फायरिंग=shooting बम_धमाका=bombing बंधक=hostage नरसंहार=massacre हमलावर=attacker ' +
      'हमला:0.6=attack हमले:0.6=attack बम:0.6=bomb चाकू:0.5=stabbing गोलीबारी=shooting गोलियां_चलीं=gunfire चाकू_मारा=stabbed',
    explosion: 'धमाका=explosion धमाके=explosion विस्फोट=explosion ब्लास्ट=blast धमाका=blast धमाके=blast विस्फोट=explosion सिलेंडर_फटने=explosion सिलेंडर_फटा=explosion सिलेंडर_ब्लास्ट=explosion',
    fire: 'आग=fire आगजनी=arson लपटें=flames धुआं:0.5=smoke',
    earthquake: 'भूकंप=earthquake झटके:0.6=tremor झटका:0.6=tremor तीव्रता=magnitude सुनामी=tsunami',
    storm: 'तूफान=storm तूफ़ान=storm चक्रवात=cyclone बवंडर=tornado आंधी:0.6=storm ओले:0.4 ओलों ओलावृष्टि तेज़_हवा:0.6 तेज_हवा:0.6 पेड़_गिर:0.4',
    flood: 'बाढ़=flood बाढ=flood जलभराव=flooding सैलाब=flood उफान=overflow डूबी:0.5 डूबा:0.5 उफान_पर',
    crash: 'टक्कर=collision पटरी_से_उतरी=derailed विमान_हादसा=plane_crash दुर्घटनाग्रस्त=crashed हादसा:0.5=accident हादसे:0.5=accident दुर्घटना:0.5=accident टकराते=crashed टकराई=crashed टकराईं=crashed टकरा_गई=crashed विमान_गिरा=plane_crash पटरी_से_उतरी=derailed पलटी=overturned',
    collapse: 'ढह=collapsed मलबे=rubble मलबा=rubble इमारत_गिरी=collapse ढह_गया=collapsed ढही=collapsed ढहा=collapsed',
    unrest: 'दंगा=riot दंगे=riots झड़प=clashes लूटपाट=looting आंसू_गैस=tear_gas कर्फ्यू=curfew हिंसा:0.6=violence प्रदर्शनकारी:0.5=protesters',
    dead: 'मौत=death मौतें=deaths मारे_गए=killed मृत=dead मृतकों=dead',
    casualty: 'घायल=injured जख्मी=injured पीड़ित=victims लापता=missing फंसे=trapped फंसे=trapped',
    eyewitness: 'मैंने_सुना=heard महसूस=felt हे_भगवान=omg घर_के_सामने=outside_my छिपा_हूं=hiding छिपे_हैं=hiding हिल_गया=shaking हिलती_रही=shaking हिल_रहा=shaking कांप=rattled अभी_अभी=just_now',
    breaking: 'ब्रेकिंग=breaking पुलिस=police अधिकारियों=officials तत्काल=urgent',
    figurative: 'हाहा=lol दिल_का_दौरा हंसते_हंसते गाना गाने फिल्म जनसंख्या_विस्फोट आलोचनाओं_का_तूफान आलोचना_का_तूफान सिर_फट सिर_फटने ईमेल_की_बाढ़ संदेशों_की_बाढ़ लैपटॉप कंप्यूटर बिटकॉइन क्रिप्टो रुपये_में_गिरावट आग_का_खतरा',
    weak: 'प्रार्थना दुआ',
    rescue: 'बचाव=rescue एंबुलेंस=ambulance दमकल=firefighters एनडीआरएफ=rescue',
    forecast: 'चेतावनी=warning संभावना=possible अनुमान=forecast पूर्वानुमान=forecast',
    impact: 'तबाही=devastation नुकसान=damage तबाह=destroyed दरारें=cracks दरार=cracks उड़ा_दी=torn_off पेड़_गिर=toppled बिजली_गुल=power_outage पानी_में_डूबी=submerged शीशे_टूट=shattered जलमग्न=flooded छतों_पर छत_पर:0.5 टूट_गए टूटे धूल_का_गुबार',
    vehicle: 'ट्रेन विमान हेलीकॉप्टर बस कार ट्रक नाव जहाज',
    stale: 'बरसी=anniversary साल_पहले=years_ago',
    self: 'मैं हम मेरा मेरे',
    now: 'अभी',
    agent: 'आतंकी=terrorist आतंकवादी=terrorist आतंकवाद=terror',
  },
  counts: {
    toll: 'संख्या आंकड़ा',
    time: 'साल वर्ष महीने महीना हफ्ते दिन घंटे घंटा मिनट सेकंड',
    numbers: 'तीन=3 चार=4 पांच=5 पाँच=5 छह=6 सात=7 आठ=8 नौ=9 दस=10 बारह=12 बीस=20',
  },
};

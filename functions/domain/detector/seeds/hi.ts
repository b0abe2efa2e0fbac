/** Hindi seed lexicon, translated by hand from en.ts (Devanagari; a few English loans as Hindi posts write them). */
import type { Seed } from './types';

export const hi: Seed = {
  lang: 'hi',
  function: 'का के की है में और से को पर यह था थे थी हैं ने भी तो नहीं एक कि लिए',
  terms: {
    structure: 'पूरा_घर=house फैक्ट्री=factory कारखाना=factory गोदाम=warehouse पुल=bridge छत=roof इमारत=building बालकनी=balcony स्टैंड=grandstand पार्किंग=car_park',
    attack:
      'गोली_चला=shooting गोली_मारकर=shot गोली_मार=shot चाकू_से:0.6=knife चाकू_घोंप=stabbed हवाई_हमला=airstrike हवाई_हमले=airstrike मिसाइल_हमला=missile_attack ड्रोन_हमला=drone_attack ' +
      'गोलीबारी=shooting फायरिंग=shooting बम_धमाका=bombing बंधक=hostage नरसंहार=massacre हमलावर=attacker ' +
      'हमला:0.6=attack हमले:0.6=attack बम:0.6=bomb चाकू:0.5=stabbing गोलीबारी=shooting गोलियां_चलीं=gunfire चाकू_मारा=stabbed गोलियां_चलाईं=opened_fire गोलियां_चला=opened_fire फायरिंग=shooting चाकू_मार=stabbed',
    explosion: 'फट_गया:0.6=blew_up धमाका=explosion धमाके=explosion विस्फोट=explosion ब्लास्ट=blast धमाका=blast धमाके=blast विस्फोट=explosion सिलेंडर_फटने=explosion सिलेंडर_फटा=explosion सिलेंडर_ब्लास्ट=explosion आवाज़:0.05=noise आवाज:0.05=noise शोर:0.05=noise',
    fire: 'जल_रहा:0.05=burning जल_रही:0.05=burning आग_लग_गई:0.05=caught_fire धू-धू_कर_जल=engulfed आग=fire आगजनी=arson लपटें=flames धुआं:0.5=smoke आग_लगा_दी:0.05=set_alight',
    earthquake: 'सब_कुछ_हिल:0.5=shaking हिल:0.05=shaking हिली:0.05=shook हिलने:0.05=shaking काँप:0.05=shaking कांप:0.05=shaking ज़मीन_ज़ोर_से_हिली:0.5=ground_shook ज़मीन_हिली:0.5=ground_shook हिलती_रही:0.5=shaking हिल_रही:0.5=shaking भूकंप=earthquake झटके:0.6=tremor झटका:0.6=tremor तीव्रता=magnitude सुनामी=tsunami',
    storm: 'तूफान=storm तूफ़ान=storm चक्रवात=cyclone बवंडर=tornado आंधी:0.6=storm ओले:0.4 ओलों ओलावृष्टि तेज़_हवा:0.6 तेज_हवा:0.6 पेड़_गिर:0.4 हवाओं:0.05=winds उड़ा_दीं:0.05=blown_off उड़ा_दी:0.05=blown_off उखाड़:0.05=uprooted पेड़:0.05=trees पेड़_गिर:0.05=trees पेड़_गिरा:0.05=trees',
    flood: 'बाढ़=flood बाढ=flood जलभराव=flooding सैलाब=flood उफान=overflow डूबी:0.5 डूबा:0.5 उफान_पर घुटनों_तक:0.5=water_up_to कमर_तक:0.5=water_up_to घुस:0.05=coming_into तालाब:0.05=lake झील:0.05=lake धारा:0.05=torrent नदियों:0.05=river तैर:0.05=floating',
    crash: 'टक्कर=collision पटरी_से_उतरी=derailed विमान_हादसा=plane_crash दुर्घटनाग्रस्त=crashed हादसा:0.5=accident हादसे:0.5=accident दुर्घटना:0.5=accident टकराते=crashed टकराई=crashed टकराईं=crashed टकरा_गई=crashed विमान_गिरा=plane_crash पटरी_से_उतरी=derailed पलटी=overturned पलट_गई=overturned पलट_गया=overturned पटरी_से_उतर=derailed हाईवे:0.05=highway एक्सप्रेसवे:0.05=motorway चौराहे:0.05=intersection रिंग_रोड:0.05=ring_road पलट_गई=overturned पलटी=overturned पिचक*:0.05=pileup आमने-सामने:0.6=head_on',
    collapse: 'ढह=collapsed मलबे=rubble मलबा=rubble इमारत_गिरी=collapse ढह_गया=collapsed ढही=collapsed ढहा=collapsed गिर_गया:0.05=fell गिर_गई:0.05=fell गिरी:0.05=fell धंस_गई=caved_in धंस_गया=caved_in',
    unrest: 'उपद्रवियों=rioters उपद्रव=riots दंगा=riot दंगे=riots झड़प=clashes लूटपाट=looting आंसू_गैस=tear_gas कर्फ्यू=curfew हिंसा:0.6=violence प्रदर्शनकारी:0.5=protesters लाठीचार्ज=clashes वाटर_कैनन=water_cannon',
    dead: 'मौत=death मौतें=deaths मारे_गए=killed मृत=dead मृतकों=dead',
    water: 'पानी=water',
    casualty: 'घायल=injured जख्मी=injured पीड़ित=victims लापता=missing फंसे=trapped फंसे=trapped',
    eyewitness: 'सब_कुछ_हिल=shaking गाड़ियों_के_अलार्म=car_alarms छिपे_हैं=hiding बिस्तर_हिल=bed_moved अलमारी_में=shelves खिड़कियां_हिल=rattled खिड़कियां_खड़खड़ाईं=rattled बाहर_मत_निकलना=stay_inside बाहर_मत_निकलें=stay_inside लोग_भाग=people_running हर_तरफ_धुआं=smoke_everywhere दूर_रहें=stay_away सड़क_पर_भागे=ran_out_into मैंने_सुना=heard महसूस=felt हे_भगवान=omg घर_के_सामने=outside_my छिपा_हूं=hiding छिपे_हैं=hiding हिल_गया=shaking हिलती_रही=shaking हिल_रहा=shaking कांप=rattled अभी_अभी=just_now छिप_गए=hiding',
    others: 'क्या_ये=was_that क्या_था=what_was_that और_किसी=anyone_else किसी_और=anyone_else आप_लोगों_ने=did_you_all आपने_भी=you_too',
    breaking: 'ब्रेकिंग=breaking पुलिस=police अधिकारियों=officials तत्काल=urgent',
    figurative: 'तीखा_हमला हाहा=lol दिल_का_दौरा हंसते_हंसते गाना गाने फिल्म जनसंख्या_विस्फोट आलोचनाओं_का_तूफान आलोचना_का_तूफान सिर_फट सिर_फटने ईमेल_की_बाढ़ संदेशों_की_बाढ़ लैपटॉप कंप्यूटर बिटकॉइन क्रिप्टो रुपये_में_गिरावट आग_का_खतरा',
    weak: 'प्रार्थना दुआ',
    rescue: 'बचाव=rescue एंबुलेंस=ambulance दमकल=firefighters एनडीआरएफ=rescue सायरन=sirens',
    forecast: 'चेतावनी=warning संभावना=possible अनुमान=forecast पूर्वानुमान=forecast',
    drill: 'मॉक_ड्रिल',
    modal: 'हो_सकता=could हो_सकती=could आ_सकता=could आ_सकती=could',
    impact: 'धू-धू_कर_जल=in_flames काला_धुआं=black_smoke तबाही=devastation नुकसान=damage तबाह=destroyed दरारें=cracks दरार=cracks उड़ा_दी=torn_off पेड़_गिर=toppled बिजली_गुल=power_outage पानी_में_डूबी=submerged शीशे_टूट=shattered जलमग्न=flooded छतों_पर छत_पर:0.5 टूट_गए टूटे धूल_का_गुबार उड़ा_दीं=blown_off उड़ा_दी=blown_off उखाड़=uprooted गोलियां_चलाईं=opened_fire चाकू_मार=stabbed घुटनों_तक=water_up_to कमर_तक=water_up_to पेड़_गिर=trees_down पेड़_गिरा=trees_down घना_धुआं=thick_smoke',
    vehicle: 'ट्रेन विमान हेलीकॉप्टर बस कार ट्रक नाव जहाज गाड़ियां गाड़ियाँ ट्रेनें',
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

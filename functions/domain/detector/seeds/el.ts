/** Greek seed lexicon, translated by hand from en.ts (folding drops the tonos; stems carry the endings). */
import type { Seed } from './types';

export const el: Seed = {
  lang: 'el',
  function: 'και το τα η ο οι του της των να σε με για από που δεν είναι θα στο στη στην',
  terms: {
    structure: 'όλο_το_σπίτι=house εργοστάσιο=factory αποθήκη=warehouse γέφυρα=bridge πεζογέφυρα=footbridge στέγη=roof οροφή=ceiling ταβάνι=ceiling κτίριο=building πολυκατοικία=building μπαλκόνι=balcony κερκίδα=grandstand πάρκινγκ=car_park',
    attack:
      'πυροβολούν=shooting πυροβολεί=shooting μαχαίρωσ*=stabbed πυροβόλησ*=shot από_πυρά=gunfire αεροπορική_επιδρομή=airstrike πυραυλική_επίθεση=missile_attack βομβαρδισμ*:0.6=shelling ' +
      'πυροβολισμ*=shooting ένοπλος=gunman βομβιστ*=bomber μαχαίρωμα=stabbing ομήρ*=hostage σφαγή=massacre ' +
      'επίθεση:0.6=attack επιθέσεις:0.6=attack βόμβα:0.6=bomb άνοιξε_πυρ=opened_fire πυροβόλησε=shot μαχαίρωσε=stabbed',
    explosion: 'κρότος:0.5=bang έκρηξη=explosion εκρήξεις=explosion ανατινάχτηκε=exploded θόρυβος:0.05=noise θόρυβο:0.05=noise ήχος:0.05=noise',
    fire: 'καίγεται:0.05=burning έπιασε_φωτιά:0.05=caught_fire τυλίχτηκε_στις_φλόγες:0.05=went_up_in_flames πυρκαγι*=fire φλόγες=flames φωτιά:0.6=fire καπνός:0.5=smoke καίγεται=burning έκαψαν:0.05=set_alight πυρπόλησαν:0.05=set_alight',
    earthquake: 'όλα_τρέμουν:0.5=shaking κουνήθηκαν_όλα:0.5=shaking δόνηση:0.6=tremor τρέμουν:0.05=shaking τρέμει:0.05=shaking κουνήθηκε:0.05=shook σείστηκε:0.05=shook ταρακουνήθηκε:0.05=shook κουνιόταν:0.5=shaking κουνήθηκε:0.5=shook σεισμ*=earthquake μετασεισμ*=aftershock ρίχτερ=magnitude τσουνάμι=tsunami',
    storm: 'τυφώνας=hurricane κυκλώνας=cyclone ανεμοστρόβιλος=tornado καταιγίδα:0.6=storm θύελλα:0.6=storm χαλάζι:0.6 χαλαζόπτωση ανεμοθύελλα θυελλώδεις_άνεμοι:0.6 άνεμοι:0.6 έπεσαν_δέντρα:0.6 αέρας:0.05=wind άνεμος:0.05=wind άνεμοι:0.05=winds ξήλωσε:0.05=torn_off ξεριζώθηκαν:0.05=uprooted ξερίζωσε:0.05=uprooted δέντρα:0.05=trees έπεσε_ένα_δέντρο:0.05=trees έπεσε_δέντρο:0.05=trees',
    flood: 'πλημμύρ*=flood πλημμύρισαν=flooded ξεχείλισε=overflow κάτω_από_το_νερό ξεχείλισε ως_τα_γόνατα:0.5=water_up_to μέχρι_τα_γόνατα:0.5=water_up_to μπαίνει:0.05=coming_into λίμνη:0.05=lake χείμαρρος:0.05=torrent παρασύρει:0.05=swept_away ποτάμια:0.05=river επιπλέουν:0.05=floating παρασύρ*:0.05=swept_away',
    crash: 'εκτροχιασ*=derail σύγκρουση=collision συντριβή=crash δυστύχημα:0.5=accident ατύχημα:0.4=accident συνετρίβη=crashed καραμπόλα=pileup έπεσε_πάνω=crashed εκτροχιασμός=derail ανατράπηκε=overturned εκτροχιάστηκε=derailed έπεσε_πάνω=crashed εθνική:0.05@=highway περιφερειακή:0.05=ring_road κόμβο:0.05=intersection στρίγκλισμα:0.05=screeching τούμπαρε=overturned διαλυμέν*:0.05=pileup μετωπικά:0.6=head_on συγκρούστηκαν=collided',
    collapse: 'κατέρρευσε=collapsed κατάρρευση=collapse συντρίμμια=rubble ερείπια=rubble κατέρρευσε=collapsed υποχώρησε:0.6=collapsed έπεσε:0.05=fell υποχώρησε:0.05=gave_way γκρεμίστηκε=collapsed',
    unrest: 'κουκουλοφόροι=rioters χημικά:0.6=tear_gas επεισόδια=riots ταραχές=riots δακρυγόνα=tear_gas λεηλασ*=looting συγκρούσεις:0.8=clashes διαδηλωτές:0.5=protesters πετούν_πέτρες:0.5=rioting πετάει_πέτρες:0.5=rioting πετροπόλεμος=rioting συγκρούσεις_με_την_αστυνομία=clashes γκλομπ*:0.5=batons',
    dead: 'νεκρ*=dead σκοτώθηκ*=killed θάνατ*=death',
    water: 'νερό=water νερά=water',
    casualty: 'τραυματ*=injured θύματα=victims αγνοούμενοι=missing εγκλωβισμέν*=trapped εγκλωβισμένοι=trapped',
    eyewitness: 'όλα_τρέμουν=shaking κουνήθηκαν_όλα=shaking συναγερμοί_αυτοκινήτων=car_alarms κρυβόμαστε=hiding κουνήθηκε_το_κρεβάτι=bed_moved στα_ράφια=shelves ακούστηκε_χιλιόμετρα=heard έτριξαν_τα_τζάμια=rattled τα_τζάμια_έτριξαν=rattled μείνετε_μέσα=stay_inside όλοι_κάτω=get_down ο_κόσμος_τρέχει=people_running καπνός_παντού=smoke_everywhere αισθητός=felt έντονα_αισθητός=felt_strongly άκουσα=heard ένιωσα=felt είδα=saw θεέ_μου=omg απέναντι_από_το_σπίτι_μου=near_my κρύφτηκα=hiding κρυμμένοι=hiding κουνήθηκε=shaking κουνιόταν=shaking έτριζαν=rattled κρυφτήκαμε=hiding κουνιέται_ακόμα=still_swinging',
    others: 'ήταν_αυτό=was_that τι_ήταν=what_was_that κανείς_άλλος=anyone_else νιώσατε=did_you_feel ακούσατε=did_you_hear κι_εσείς=you_too',
    breaking: 'έκτακτο=breaking αστυνομία=police αρχές=authorities',
    figurative: 'ενοίκια=rents χαχα*=lol πέθανα_στα_γέλια κρίση_πανικού τραγούδι άλμπουμ ταινία πληθυσμιακή_έκρηξη θύελλα_αντιδράσεων θύελλα_επικρίσεων καταιγίδα_αντιδράσεων το_κεφάλι_μου_θα_εκραγεί θα_σκάσει_το_κεφάλι_μου λάπτοπ υπολογιστής bitcoin κρυπτο κατάρρευση_του_ευρώ κίνδυνος_πυρκαγιάς',
    weak: 'προσευχές',
    rescue: 'διάσωση=rescue πυροσβέστες=firefighters πυροσβεστική=firefighters εκκένωση=evacuation ασθενοφόρο=ambulance σειρήνες=sirens',
    forecast: 'προειδοποίηση=warning αναμένεται=expected πρόγνωση=forecast αναμένονται=expected',
    drill: 'άσκηση',
    modal: 'μπορεί_να=could ενδέχεται=could',
    impact: 'μαύρος_καπνός=black_smoke πυκνός_καπνός=thick_smoke στις_φλόγες=in_flames από_τα_ράφια=fell_off_the_shelves ζημιές=damage καταστράφηκε=destroyed ρωγμές=cracks ξήλωσε=torn_off έπεσαν_δέντρα=toppled δεν_έχουμε_ρεύμα=power_outage διακοπή_ρεύματος=power_outage κάτω_από_το_νερό=submerged έσπασαν=shattered πλημμύρισαν=flooded πλημμυρισμένα=flooded από_στέγες στέγες:0.5 έσπασε σύννεφο_σκόνης ξήλωσε=torn_off ξεριζώθηκαν=uprooted ξερίζωσε=uprooted άνοιξε_πυρ=opened_fire μαχαίρωσε=stabbed ως_τα_γόνατα=water_up_to μέχρι_τα_γόνατα=water_up_to έπεσε_ένα_δέντρο=trees_down έπεσε_δέντρο=trees_down πυκνός_καπνός=thick_smoke',
    vehicle: 'τρένο αεροπλάνο ελικόπτερο λεωφορείο αυτοκίνητο φορτηγό πλοίο αυτοκίνητα τρένα',
    stale: 'επέτειος=anniversary χρόνια_πριν=years_ago πριν_από_#_χρόνια=years_ago',
    self: 'εγώ εμείς',
    now: 'τώρα',
    agent: 'τρομοκρατ*=terror',
  },
  counts: {
    toll: 'αριθμός απολογισμός',
    time: 'χρόνια χρόνο χρόνος μήνες μήνα εβδομάδες μέρες ημέρες ώρες ώρα λεπτά δευτερόλεπτα',
    numbers: 'δύο=2 τρεις=3 τρία=3 τέσσερις=4 τέσσερα=4 πέντε=5 έξι=6 επτά=7 εφτά=7 οκτώ=8 οχτώ=8 εννέα=9 εννιά=9 δέκα=10 είκοσι=20',
  },
};

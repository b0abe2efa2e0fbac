/** Greek seed lexicon, translated by hand from en.ts (folding drops the tonos; stems carry the endings). */
import type { Seed } from './types';

export const el: Seed = {
  lang: 'el',
  function: 'και το τα η ο οι του της των να σε με για από που δεν είναι θα στο στη στην',
  terms: {
    attack:
      'μαχαίρωσ*=stabbed πυροβόλησ*=shot από_πυρά=gunfire αεροπορική_επιδρομή=airstrike πυραυλική_επίθεση=missile_attack βομβαρδισμ*:0.6=shelling ' +
      'πυροβολισμ*=shooting ένοπλος=gunman βομβιστ*=bomber μαχαίρωμα=stabbing ομήρ*=hostage σφαγή=massacre ' +
      'επίθεση:0.6=attack επιθέσεις:0.6=attack βόμβα:0.6=bomb',
    explosion: 'έκρηξη=explosion εκρήξεις=explosion ανατινάχτηκε=exploded',
    fire: 'πυρκαγι*=fire φλόγες=flames φωτιά:0.6=fire καπνός:0.5=smoke καίγεται=burning',
    earthquake: 'σεισμ*=earthquake μετασεισμ*=aftershock ρίχτερ=magnitude τσουνάμι=tsunami',
    storm: 'τυφώνας=hurricane κυκλώνας=cyclone ανεμοστρόβιλος=tornado καταιγίδα:0.6=storm θύελλα:0.6=storm χαλάζι:0.6 χαλαζόπτωση ανεμοθύελλα θυελλώδεις_άνεμοι:0.6 άνεμοι:0.6 έπεσαν_δέντρα:0.6',
    flood: 'πλημμύρ*=flood πλημμύρισαν=flooded ξεχείλισε=overflow κάτω_από_το_νερό ξεχείλισε',
    crash: 'εκτροχιασ*=derail σύγκρουση=collision συντριβή=crash δυστύχημα:0.5=accident ατύχημα:0.4=accident συνετρίβη=crashed καραμπόλα=pileup έπεσε_πάνω=crashed εκτροχιασμός=derail',
    collapse: 'κατέρρευσε=collapsed κατάρρευση=collapse συντρίμμια=rubble ερείπια=rubble κατέρρευσε=collapsed υποχώρησε:0.6=collapsed',
    unrest: 'επεισόδια=riots ταραχές=riots δακρυγόνα=tear_gas λεηλασ*=looting συγκρούσεις:0.8=clashes διαδηλωτές:0.5=protesters',
    dead: 'νεκρ*=dead σκοτώθηκ*=killed θάνατ*=death',
    casualty: 'τραυματ*=injured θύματα=victims αγνοούμενοι=missing εγκλωβισμέν*=trapped εγκλωβισμένοι=trapped',
    eyewitness: 'άκουσα=heard ένιωσα=felt είδα=saw θεέ_μου=omg απέναντι_από_το_σπίτι_μου=near_my κρύφτηκα=hiding κρυμμένοι=hiding κουνήθηκε=shaking κουνιόταν=shaking έτριζαν=rattled',
    breaking: 'έκτακτο=breaking αστυνομία=police αρχές=authorities',
    figurative: 'χαχα*=lol πέθανα_στα_γέλια κρίση_πανικού τραγούδι άλμπουμ ταινία πληθυσμιακή_έκρηξη θύελλα_αντιδράσεων θύελλα_επικρίσεων καταιγίδα_αντιδράσεων το_κεφάλι_μου_θα_εκραγεί θα_σκάσει_το_κεφάλι_μου λάπτοπ υπολογιστής bitcoin κρυπτο κατάρρευση_του_ευρώ κίνδυνος_πυρκαγιάς',
    weak: 'προσευχές',
    rescue: 'διάσωση=rescue πυροσβέστες=firefighters πυροσβεστική=firefighters εκκένωση=evacuation ασθενοφόρο=ambulance',
    forecast: 'προειδοποίηση=warning αναμένεται=expected πρόγνωση=forecast αναμένονται=expected',
    impact: 'ζημιές=damage καταστράφηκε=destroyed ρωγμές=cracks ξήλωσε=torn_off έπεσαν_δέντρα=toppled δεν_έχουμε_ρεύμα=power_outage διακοπή_ρεύματος=power_outage κάτω_από_το_νερό=submerged έσπασαν=shattered πλημμύρισαν=flooded πλημμυρισμένα=flooded από_στέγες στέγες:0.5 έσπασε σύννεφο_σκόνης',
    vehicle: 'τρένο αεροπλάνο ελικόπτερο λεωφορείο αυτοκίνητο φορτηγό πλοίο',
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

/** German seed lexicon, translated by hand from en.ts. */
import type { Seed } from './types';

export const de: Seed = {
  lang: 'de',
  function:
    'der die das den dem des ein eine einen einem einer und ist sind war waren in im auf mit für von zu nicht ich du er sie es wir ihr auch aber wie was wo wenn dass noch nach bei aus um über hat haben wird werden sich mein dein kein nur schon',
  terms: {
    structure: 'ganze_haus=house ganze_wohnung=flat fabrik=factory lagerhalle=warehouse wohnblock=building brücke=bridge fußgängerbrücke=footbridge dach=roof decke=ceiling gebäude=building wohnhaus=building hochhaus=building balkon=balcony tribüne=grandstand parkhaus=car_park halle=hall sporthalle=hall gerüst=scaffolding',
    attack:
      'erschossen=shot_dead angeschossen=shot niedergeschossen=gunned_down niedergestochen=stabbed erstochen=stabbed messerstecherei=stabbing mit_einem_messer:0.6=knife luftangriff*=airstrike raketenangriff*=missile_attack drohnenangriff*=drone_attack raketeneinschlag=missile_attack beschuss:0.6=shelling ' +
      'schiesserei=shooting schießerei=shooting schüsse=gunfire schütze=gunman anschlag=attack anschläge=attack amoklauf=rampage amokläufer=gunman ' +
      'messerangriff=stabbing messerattacke=stabbing geiselnahme=hostage attentäter=attacker terror*=terror sprengsatz=bomb ' +
      'angriff:0.6=attack bombe:0.6=bomb schoss_auf=shot_at schießt_auf=shooting_at feuer_eröffnet=opened_fire eingestochen=stabbed',
    explosion: 'in_die_luft_geflogen=blew_up explosion explosionen explodiert=exploded explodierte=exploded detonation verpuffung=explosion gasexplosion=explosion knall:0.5=blast lärm:0.05=noise geräusch:0.05=noise',
    fire: 'in_brand_geraten:0.05=caught_fire feuer_gefangen:0.05=caught_fire brannte:0.05=burning abgebrannt:0.05=burned_down in_flammen_aufgegangen:0.05=went_up_in_flames in_flammen=flames steht_in_flammen=engulfed brand:0.6@=fire brände=fire waldbrand=wildfire grossbrand=blaze großbrand=blaze lichterloh=blaze flammen=flames feuer:0.5=fire rauch:0.5=smoke brennt:0.6=burning großbrand=blaze wohnungsbrand=fire angezündet:0.05=set_alight brennende:0.05=burning',
    earthquake: 'alles_wackelt:0.5=shaking alles_hat_gewackelt:0.5=shaking alles_bebt:0.5=shaking wackelt:0.05=shaking wackelte:0.05=shaking geschwankt:0.05=swayed bebte:0.05=shook zitterte:0.05=shook boden_gewackelt:0.5=ground_shook gewackelt:0.5@ schwankte:0.5@ erdbeben=earthquake beben:0.6=quake nachbeben=aftershock tsunami',
    storm: 'orkan=hurricane taifun=typhoon wirbelsturm=hurricane tornado* unwetter:0.6=storm sturm:0.6=storm sturmböen=gale hagel:0.6 hagelsturm hagelkörner hagelschauer hagelunwetter böen:0.6 orkanböen bäume_umgestürzt:0.6 umgestürzte_bäume:0.6 wind:0.05 sturmwind entwurzelt:0.05=uprooted abgerissen:0.05=torn_off umgestürzt:0.05=toppled bäume:0.05=trees baum_umgestürzt:0.05=trees baum_gestürzt:0.05=trees baum_auf_unser:0.05=trees windhose=tornado',
    flood: 'hochwasser=flood überschwemm*=flood überflut*=flooded sturzflut=flash_flood flut:0.6=flood über_die_ufer=overflow überschwemmt=flooded unter_wasser wasser_bis:0.6=water_up_to wasser_steht:0.6=water_up_to bis_zu_den_knien:0.5=water_up_to knietief:0.5=water_up_to hüfthoch:0.5=water_up_to kommt_ins:0.05=coming_into läuft_in:0.05=coming_into dringt:0.05=coming_into see:0.05@=lake reißend*:0.05=torrent treiben_weg:0.05=swept_away weggespült:0.05=swept_away flüsse:0.05=river strömung:0.05=torrent mitgerissen:0.05=swept_away erdgeschoss:0.05=ground_floor',
    crash: 'absturz=crash abgestürzt=crashed zugunglück=train_crash entgleis*=derail zusammenstoss=collision zusammenstoß=collision kollision=collision unfall:0.4=accident gekracht=crashed geprallt=crashed kracht:0.6=crashed abgestürzt=crashed massenkarambolage=pileup karambolage=pileup auffahrunfall=collision zusammengestoßen=collided überschlagen=overturned umgekippt:0.6=overturned gerast=crashed stürzt_ab=crashes von_der_fahrbahn_abgekommen=ran_off_the_road autobahn:0.05=motorway bundesstraße:0.05=highway kreisverkehr:0.05=roundabout kreuzung:0.05=intersection quietschende_reifen:0.05=screeching ineinander:0.05=pileup überschlagen=overturned zusammengeprallt=collided',
    collapse: 'einsturz=collapse eingestürzt=collapsed trümmer=rubble eingestürzt=collapsed zusammengebrochen=collapsed zusammengestürzt=collapsed gebäudeeinsturz=collapse eingebrochen:0.05=fell_in gestürzt:0.05=fell abgebrochen:0.05=gave_way zusammengefallen=collapsed eingefallen:0.05=fell_in heruntergefallen:0.05=fell runtergefallen:0.05=fell nachgegeben:0.05=gave_way stürzt:0.05=falls',
    unrest: 'randalierer=rioters krawalle=riots ausschreitungen=riots unruhen=unrest plünderungen=looting tränengas=tear_gas randale=riots demonstranten:0.5=protesters bereitschaftspolizei:0.6=riots steine_werfen:0.5=rioting werfen_steine:0.5=rioting werfen_mit_steinen:0.5=rioting straßenschlacht*=clashes zusammenstöße_mit_der_polizei=clashes wasserwerfer=water_cannon schlagstöcke:0.5=batons schlagstöcken:0.5=batons',
    dead: 'tote=dead toten=dead tot@=dead getötet=killed gestorben=died todesopfer=deaths erschossen=shot_dead',
    casualty: 'verletzte=injured verletzt=injured opfer=victims vermisst=missing verschüttet=trapped eingeklemmt=trapped eingeschlossen=trapped',
    eyewitness: 'alles_wackelt=shaking alles_hat_gewackelt=shaking alles_bebt=shaking autoalarme=car_alarms autoalarm=car_alarms verstecken_uns=hiding bett_hat_sich_bewegt=bed_moved bett_wackelte=bed_moved in_den_regalen=shelves auf_den_regalen=shelves kilometerweit_zu_hören=heard fenster_haben_gewackelt=rattled scheiben_haben_gezittert=rattled fenster_zitterten=rattled bleibt_drinnen=stay_inside alle_runter=get_down alle_rein=get_inside leute_rennen=people_running menschen_rennen=people_running überall_rauch=smoke_everywhere bleibt_weg=stay_away zu_spüren=felt deutlich_zu_spüren=felt_strongly auf_die_straße_gerannt=ran_out_into gerade_eben=just_now ich_habe=i gerade_gespürt=felt gehört=heard oh_gott=omg gewackelt=shaking wackelt=shaking schwankt*=swaying klirrt*=rattled vor_meinem_haus=outside_my gegenüber_von_mir=near_my hier_in=here_in ich_verstecke=hiding versteckt_uns=hiding gerade_gesehen=just_saw uns_versteckt=hiding haben_uns_versteckt=hiding schwingt_immer_noch=still_swinging',
    others: 'war_das=was_that was_war_das=what_was_that noch_jemand sonst_jemand habt_ihr=did_you ihr_auch=you_too auch_gespürt=felt_it auch_gehört=heard_it',
    breaking: 'eilmeldung=breaking aktuell=update polizei=police behörden=authorities',
    figurative: 'mieten=rents preise=prices haha hahaha tot_vor_lachen ist_eine_bombe panikattacke feuerwerk lied song album film spiel sturm_der_kritik sturm_der_entrüstung kopf_explodiert kopf_platzt postfach_überflutet laptop computer bitcoin krypto absturz_des_euro zusammenbruch_des_euro waldbrandgefahr brandgefahr tor_geschossen tore_geschossen fotos_geschossen bilder_geschossen dolchstoß messer_in_den_rücken postfach posteingang mails',
    weak: 'gebete beten spenden beileid',
    rescue: 'rettung=rescue rettungskräfte=rescuers evakuiert=evacuated feuerwehr=firefighters krankenwagen=ambulance notarzt=ambulance sirenen=sirens',
    forecast: 'geplant=planned rufen_zu=called_for naht=approaching droht=threat erwartet=expected vorhersage=forecast warnung=warning unwetterwarnung=warning vorhergesagt=forecast erwarten=expected',
    drill: 'übung übungen probealarm katastrophenschutzübung',
    modal: 'irgendwann=someday',
    impact: 'steht_in_flammen=in_flames schwarzer_rauch schwarzen_rauch dichter_rauch in_flammen aus_dem_regal trifft=hits verwüstet=devastated zerstört=destroyed beschädigt=damaged risse=cracks zersprungen=shattered eingeschlagen=smashed umgestürzt=toppled abgedeckt=torn_off stromausfall=power_outage strom_ist_weg=power_outage unter_wasser=submerged zerschlagen=smashed überflutet=flooded überschwemmt=flooded von_dächern auf_dächern dächern:0.5 zerschlagen staubwolke entwurzelt=uprooted abgerissen=torn_off umgestürzt=toppled feuer_eröffnet=opened_fire eingestochen=stabbed niedergestochen=stabbed bis_zu_den_knien=water_up_to knietief=water_up_to hüfthoch=water_up_to baum_umgestürzt=trees_down baum_gestürzt=trees_down baum_auf_unser=trees_down schaufenster_eingeschlagen=smashed eingeschlagene=smashed überall_staub=dust_cloud staubwolke=dust_cloud dicker_rauch=thick_smoke',
    water: 'wasser=water',
    vehicle: 'zug flugzeug hubschrauber bus auto lkw schiff fähre kleinflugzeug autos züge',
    stale: 'jahrestag=anniversary vor_jahren=years_ago heute_vor=on_this_day vor_#_jahren=years_ago',
    self: 'ich wir unser',
    now: 'jetzt gerade',
    since: 'seit',
    agent: 'terrorist*=terrorist terrorismus=terrorism',
  },
  counts: {
    toll: 'zahl bilanz todeszahl opferzahl',
    dead: 'opfer todeszahl opferzahl',
    time: 'jahr jahre jahren monat monate monaten woche wochen tag tage tagen stunde stunden minute minuten sekunde sekunden',
    numbers: 'zwei=2 drei=3 vier=4 fünf=5 sechs=6 sieben=7 acht=8 neun=9 zehn=10 zwölf=12 zwanzig=20 dreißig=30 vierzig=40 fünfzig=50 sechzig=60 siebzig=70 achtzig=80 neunzig=90',
  },
};

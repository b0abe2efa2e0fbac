/** Dutch seed lexicon, translated by hand from en.ts. */
import type { Seed } from './types';

export const nl: Seed = {
  lang: 'nl',
  // "planken" (shelves: "alles op de planken trilde") is a town's name elsewhere (Planken, LI): as a function word it names a
  // place only after a cue.
  function: 'planken de het een en van ik te dat die in is niet op met voor zijn er maar ook als bij nog wel naar dan wat zo door over heb hij ze',
  terms: {
    structure: 'hele_huis=house fabriek=factory loods=warehouse pakhuis=warehouse brug=bridge voetgangersbrug=footbridge dak=roof plafond=ceiling gebouw=building flatgebouw=building balkon=balcony tribune@=grandstand parkeergarage=car_park sporthal=hall steiger:0.5=scaffolding',
    attack:
      'doodgeschoten=shot_dead neergeschoten=gunned_down neergestoken=stabbed doodgestoken=stabbed met_een_mes:0.6=knife luchtaanval*=airstrike raketaanval*=missile_attack droneaanval*=drone_attack beschieting*:0.6=shelling ' +
      'schietpartij=shooting schutter=gunman schutters=gunman aanslag=attack aanslagen=attack steekpartij=stabbing gijzeling=hostage ' +
      'schoten=gunfire aanval:0.6=attack bom:0.6@=bomb schoot_op=shot_at schiet_op=shooting_at vuur_geopend=opened_fire neergestoken=stabbed',
    explosion: 'explosie=explosion explosies=explosion ontploffing=explosion ontploft=exploded gasexplosie=explosion knal:0.5=blast lawaai:0.05=noise geluid:0.05=noise',
    fire: 'brandt:0.05=burning in_brand_gevlogen:0.05=caught_fire vlam_gevat:0.05=caught_fire in_vlammen_opgegaan:0.05=went_up_in_flames brand:0.6@=fire uitslaande_brand=blaze bosbrand=wildfire vlammen=flames vuur:0.5=fire rook:0.5@=smoke in_lichterlaaie=blaze woningbrand=fire in_brand_gestoken:0.05=set_alight',
    earthquake: 'alles_trilt:0.5=shaking alles_trilde:0.5=shaking alles_schudde:0.5=shaking trilt:0.05=shaking trilde:0.05=shook schudde:0.05=shook wiebelde:0.05=swayed grond_trilde:0.5=ground_shook schudde:0.5=shaking zwaaide:0.5=swaying trilde:0.5=shook aardbeving=earthquake aardbevingen=earthquake beving:0.6=quake naschok=aftershock',
    storm: 'orkaan=hurricane tyfoon=typhoon windhoos=tornado noodweer:0.6=storm storm:0.6 windstoten:0.6=gale hagel:0.6 hagelbui hagelbuien windstoten:0.6 bomen_omgewaaid:0.6 omgewaaide_bomen:0.6 wind:0.05 ontworteld:0.05=uprooted afgerukt:0.05=torn_off bomen:0.05=trees boom_omgewaaid:0.05=trees bomen_omgewaaid:0.05=trees boom_gevallen:0.05=trees hagel:0.6=hail hagelstenen=hailstones hagelbui=hailstorm',
    flood: 'overstroming*=flood wateroverlast=flooding overstroomd=flooded overstroomd=flooded buiten_haar_oevers=overflow buiten_de_oevers=overflow onder_water buiten_haar_oevers buiten_zijn_oevers tot_de_knieën:0.5=water_up_to tot_aan_de_knieën:0.5=water_up_to stroomt:0.05=pouring_into komt_binnen:0.05=coming_into kolkend*:0.05=torrent drijven:0.05=floating rivieren:0.05=river stroming:0.05=torrent meegesleurd:0.05=swept_away is_een_meer:0.05=lake',
    crash: 'ontspoord=derailed ontsporing=derail botsing=collision neergestort=crashed vliegtuigcrash=plane_crash ongeluk:0.4=accident ontspo*=derail treinongeluk=train_crash knalde=crashed botste=collided neergestort=crashed kettingbotsing=pileup gekanteld=overturned omgeslagen=overturned ingereden=ploughed_into van_de_weg_geraakt=ran_off_the_road snelweg:0.05=motorway rotonde:0.05=roundabout kruispunt:0.05=intersection ringweg:0.05=ring_road piepende_banden:0.05=screeching over_de_kop=overturned in_elkaar:0.05=pileup frontaal:0.6=head_on gebotst=collided',
    collapse: 'ingestort=collapsed instorting=collapse puin=rubble ingestort=collapsed ingezakt=collapsed bezweken=collapsed gevallen:0.05=fell neergestort:0.05=fell in_elkaar_gezakt=collapsed ingestort=collapsed',
    unrest: 'relschoppers=rioters traangas=tear_gas rellen=riots relschoppers=rioters plunderingen=looting traangas=tear_gas ongeregeldheden=riots betogers:0.5=protesters mobiele_eenheid=riots stenen_gooien:0.5=rioting gooien_met_stenen:0.5=rioting confrontaties_met_de_politie=clashes waterkanon*=water_cannon wapenstokken:0.5=batons',
    dead: 'doden=dead dode=dead dood=dead omgekomen=killed',
    casualty: 'gewonden=injured gewond=injured slachtoffers=victims vermist=missing bekneld=trapped',
    eyewitness: 'alles_trilt=shaking alles_trilde=shaking alles_schudde=shaking autoalarmen=car_alarms verstoppen_ons=hiding bed_bewoog=bed_moved op_de_planken=shelves kilometers_ver_te_horen=heard ramen_trilden=rattled ramen_rammelden=rattled gevoeld=felt blijf_binnen=stay_inside iedereen_liggen=get_down mensen_rennen=people_running overal_rook=smoke_everywhere blijf_weg=stay_away goed_gevoeld=felt_strongly rende_de_straat_op=ran_out_into ik_hoorde=heard ik_zag=saw voelde=felt mijn_god=omg tegenover_mijn=near_my hier_in=here_in ik_zit_verstopt=hiding schudde=shaking schudt=shaking rammelden=rattled zwaaide=swaying ons_verstopt=hiding we_hebben_ons=hiding zwaait_nog_steeds=still_swinging',
    others: 'was_dat=was_that iemand_anders=anyone_else nog_iemand=anyone_else jullie_ook=you_too hebben_jullie=did_you',
    breaking: 'laatste_nieuws=breaking politie=police autoriteiten=authorities',
    figurative: 'huren=rents haha dood_van_het paniekaanval vuurwerk liedje album film wedstrijd track storm_van_kritiek hoofd_ontploft mijn_hoofd_ontploft inbox_overspoeld overspoeld_met_mails laptop computer bitcoin crypto ineenstorting_van_de_euro instorting_van_de_euro natuurbrandrisico brandgevaar',
    weak: 'gebeden doneren',
    rescue: 'hulpdiensten=emergency brandweer=firefighters geëvacueerd=evacuated ambulance sirenes=sirens',
    forecast: 'gepland=planned code_rood=warning code_oranje=warning verwacht=expected waarschuwing=warning verwachte=expected',
    drill: 'oefening oefeningen',
    modal: 'zou_kunnen=could zouden_kunnen=could',
    impact: 'zwarte_rook=black_smoke dikke_rook=thick_smoke in_lichterlaaie=in_flames uit_de_kast=fell_off_the_shelves getroffen=hit verwoest=devastated vernield=destroyed schade=damage scheuren=cracks omgewaaid=toppled stroom_is_uitgevallen=power_outage stroomstoring=power_outage onder_water=submerged kapotgeslagen=smashed eruit=shattered overstroomd=flooded van_daken op_daken daken:0.5 kapotgeslagen stofwolk ontworteld=uprooted afgerukt=torn_off vuur_geopend=opened_fire neergestoken=stabbed tot_de_knieën=water_up_to tot_aan_de_knieën=water_up_to boom_omgewaaid=trees_down bomen_omgewaaid=trees_down boom_gevallen=trees_down ruiten_ingegooid=smashed overal_stof=dust_cloud stofwolk=dust_cloud dikke_rook=thick_smoke',
    water: 'water@',
    vehicle: 'trein vliegtuig helikopter bus auto vrachtwagen boot schip autos treinen',
    stale: 'jaar_geleden=years_ago herdenking=anniversary',
    self: 'ik wij mijn',
    now: 'nu',
    since: 'sinds',
    agent: 'terroris*=terrorist',
  },
  counts: {
    toll: 'aantal dodental dodenaantal',
    dead: 'slachtoffers dodental dodenaantal',
    time: 'jaar jaren maand maanden week weken dag dagen uur uren minuut minuten seconde seconden',
    numbers: 'twee=2 drie=3 vier=4 vijf=5 zes=6 zeven=7 acht=8 negen=9 tien=10 twaalf=12 twintig=20 dertig=30 veertig=40 vijftig=50 zestig=60 zeventig=70 tachtig=80 negentig=90',
  },
};

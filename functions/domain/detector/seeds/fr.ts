/** French seed lexicon, translated by hand from en.ts. */
import type { Seed } from './types';

export const fr: Seed = {
  lang: 'fr',
  function:
    'le la les un une des du de et est sont etait dans pour pas par sur avec ce cette ces qui que au aux il elle ils nous vous je tu mon ma mes son sa ses leur plus ne se en ont suis sommes mais ou très après avant aussi fait été',
  terms: {
    structure: 'toute_la_maison=house tout_l’immeuble=building usine=factory entrepôt=warehouse pont=bridge passerelle=footbridge toit=roof toiture=roof plafond=ceiling immeuble=building bâtiment=building balcon=balcony tribune@=grandstand gymnase=hall échafaudage=scaffolding',
    attack:
      'tirs:0.6=gunshots tué_par_balle=shot_dead tués_par_balle=shot_dead tuée_par_balle=shot_dead tuées_par_balle=shot_dead blessé_par_balle=shot blessés_par_balle=shot par_balles:0.6=shot à_coups_de_couteau=stabbed attaque_au_couteau=stabbing frappe_aérienne=airstrike frappes_aériennes=airstrike raid_aérien=airstrike frappe_de_missile=missile_attack attaque_de_missiles=missile_attack tir_de_roquettes=rocket_attack attaque_de_drone=drone_attack attaque_de_drones=drone_attack bombardement*:0.6=shelling ' +
      'fusillade=shooting fusillades=shooting attentat=attack attentats=attack tireur=gunman tireurs=gunman coups_de_feu=gunfire ' +
      'poignard*=stabbing prise_d’otages=hostage otage*=hostage massacre kamikaze=bomber assaillant*=attacker ' +
      'attaque:0.6=attack attaques:0.6=attack bombe:0.6=bomb bombes:0.6=bomb tiré_sur=shot_at tire_sur=shooting_at ouvert_le_feu=opened_fire poignardé=stabbed poignardés=stabbed',
    explosion: 'a_sauté:0.6=blew_up boum:0.5=bang explosion explosions explosé=exploded explosée=exploded explose=explode déflagration=explosion détonation=detonation bruit:0.05=noise',
    fire: 'brûle:0.05=burning brûlait:0.05=burning pris_feu:0.05=caught_fire parti_en_flammes:0.05=went_up_in_flames en_flammes=flames incendie=fire incendies=fire incendie_de_forêt=wildfire feu_de_forêt=wildfire flammes=flames embrasement=blaze feu:0.5=fire brûle:0.5=burning fumée:0.5=smoke en_feu=on_fire incendié:0.05=set_alight incendiées:0.05=set_alight',
    earthquake: 'tout_tremble:0.5=shaking tout_a_tremblé:0.5=shaking tremble:0.05=shaking tremblait:0.05=shaking tremblé:0.05=shook tanguait:0.05=swayed secoué:0.05=shook sol_a_tremblé:0.5=ground_shook a_bougé:0.5=shaking tout_bouge:0.5=shaking se_balançait:0.5=swaying a_tremblé:0.5=shook séisme=earthquake séismes=earthquake tremblement_de_terre=earthquake secousse*=tremor sismique=seismic tsunami magnitude épicentre=epicenter réplique_sismique=aftershock',
    storm: 'ouragan*=hurricane typhon*=typhoon tornade*=tornado cyclone*=cyclone tempête:0.6=storm orage:0.6=storm rafales:0.6=gale grêle:0.6 grêlons grêlon averse_de_grêle arbres_tombés:0.6 arbres_arrachés:0.6 vent:0.05=wind vents:0.05=winds arraché:0.05=torn_off arrachés:0.05=torn_off arrachées:0.05=torn_off déraciné:0.05=uprooted déracinés:0.05=uprooted arbres:0.05=trees arbre_est_tombé:0.05=trees arbre_vient_de_tomber:0.05=trees arbres_tombés:0.05=trees trombe=tornado',
    flood: 'inondation*=flood inondé=flooded inondée=flooded inondés=flooded crue=flood crues=flood inondées=flooded sorti_de_son_lit=overflow débordé=overflow sous_l_eau sous_les_eaux sorti_de_son_lit jusqu_aux_genoux:0.5=water_up_to jusquaux_genoux:0.5=water_up_to aux_genoux:0.5=water_up_to sous_eau=under_water rentre:0.05=coming_into entre_dans:0.05=coming_into lac:0.05=lake torrent:0.05 emportées:0.05=swept_away emportée:0.05=swept_away emportés:0.05=swept_away rivières:0.05=river par_le_courant:0.05=torrent flottent:0.05=floating',
    crash: 'accident_de=crash déraill*=derail écrasé=crashed écrasement=crash crash collision carambolage=pileup accident:0.4=accident percuté=crashed percuter=crash percute=crashed s’écrase=crashes écrase:0.6=crashes s’est_écrasé=crashed carambolage=pileup renversé:0.6=overturned déraillé=derailed sorti_de_la_route=ran_off_the_road autoroute:0.05=motorway rocade:0.05=ring_road périphérique:0.05=ring_road carrefour:0.05=intersection crissement_de_pneus:0.05=screeching fait_un_tonneau=overturned fait_des_tonneaux=overturned encastrées:0.05=pileup encastrée:0.05=pileup de_plein_fouet:0.6=head_on percutés=collided',
    collapse: 'effondrement=collapse effondré=collapsed effondrée=collapsed effondrés=collapsed éboulement=collapse décombres=rubble écroulé=collapsed écroulée=collapsed effondre=collapses s’effondrer=collapse a_cédé=collapsed tombé:0.05=fell tombée:0.05=fell cédé:0.05=gave_way affaissé:0.6=caved_in affaissée:0.6=caved_in',
    unrest:
      'émeutiers=rioters casseurs=rioters lacrymogènes=tear_gas émeute=riot émeutes=riot affrontements=clashes pillage=looting pillages=looting gaz_lacrymogène=tear_gas couvre_feu=curfew casseurs=rioters ' +
      'manifestants:0.5=protesters manifestation:0.4=protest crs:0.6@=riots lancent_des_pierres:0.5=rioting jets_de_pierres:0.5=rioting affrontements_avec_la_police=clashes heurts=clashes canon_à_eau=water_cannon canons_à_eau=water_cannon matraques:0.5=batons',
    dead: 'morts=dead mort=dead tués=killed tué=killed décès=deaths décédé=died',
    casualty: 'blessés=injured blessé=injured victimes=victims victime=victims disparus=missing coincés=trapped coincé=trapped',
    eyewitness: 'tout_tremble=shaking tout_a_tremblé=shaking alarmes_de_voitures=car_alarms alarmes_de_voiture=car_alarms le_lit_bougeait=bed_moved lit_a_bougé=bed_moved sur_les_étagères=shelves entendu_à_des_kilomètres=heard nous_sommes_cachés=hiding vitres_ont_tremblé=rattled vitres_ont_vibré=rattled fenêtres_ont_tremblé=rattled fenêtres_ont_vibré=rattled restez_chez_vous=stay_inside tout_le_monde_à_terre=get_down les_gens_courent=people_running des_gens_courent=people_running fumée_partout=smoke_everywhere fortement_ressenti=felt_strongly sorti_dans_la_rue=ran_out_into à_l’instant=just_now en_ce_moment=right_now je_viens=just vient_de=just j’ai_entendu=heard j’ai_vu=saw on_a_senti=felt j’ai_senti=felt ressenti=felt ça_tremble=shaking mon_dieu=omg devant_chez_moi=outside_my en_face_de_chez_moi=near_my ici_à=here_in mon_immeuble=my_building je_suis_caché=hiding a_bougé=shaking tout_bouge=shaking vibraient=rattled se_balançait=swaying on_est_cachés=hiding nous_sommes_cachés=hiding cachés=hiding se_balance_encore=still_swinging',
    others: 'était_un=was_that était_quoi=what_was_that vous_aussi=you_too avez_senti=did_you_feel avez_entendu=did_you_hear avez_ressenti=did_you_feel',
    breaking: 'dernière_heure=breaking urgent=urgent alerte=alert police autorités=authorities gendarmerie=police',
    figurative: 'loyers=rents mdr=lol ptdr=lol mort_de_rire je_suis_mort attaque_de_panique crise_de_panique feu_d’artifice feux_d’artifice c’est_une_bombe explosion_démographique film série chanson album match tempête_de_critiques tempête_de_protestations tête_va_exploser tête_explose boîte_mail_est_inondée inondée_de_messages inondé_de_messages ordinateur bitcoin crypto effondrement_de_l_euro effondrement_du_dollar risque_d_incendie risque_incendie poignarde_dans_le_dos poignardé_dans_le_dos',
    weak: 'prière prières prions dons solidarité hommage condoléances',
    rescue: 'secours=rescue pompiers=firefighters sapeurs_pompiers=firefighters évacuation=evacuation évacués=evacuated ambulance samu=ambulance sauveteurs=rescuers sirènes=sirens',
    forecast: 'prévue=planned approche=approaching menace=threat prévu=expected alerte_orange=warning alerte_rouge=warning vigilance=warning se_dirige=heading prévisions=forecast prévue=expected prévus=expected prévues=expected attendu=expected attendue=expected attendus=expected attendues=expected',
    drill: 'exercice exercices simulation',
    modal: 'pourrait=could pourraient=could risquerait=could',
    impact: 'fumée_noire=black_smoke épaisse_fumée=thick_smoke en_flammes=in_flames des_étagères=fell_off_the_shelves frappe=hits touche=hit dévasté=devastated détruit=destroyed ravagé=ravaged endommagé=damaged dégâts=damage fissures=cracks fissuré=cracked arraché=torn_off arbres_tombés=toppled plus_de_courant=power_outage coupure_de_courant=power_outage sous_l’eau=submerged sous_leau=submerged vitres_brisées=shattered brisé=smashed inondés=flooded inondées=flooded inondé=flooded inondée=flooded sur_les_toits des_toits toits:0.5 brisé brisées nuage_de_poussière arraché=torn_off arrachés=torn_off arrachées=torn_off déraciné=uprooted déracinés=uprooted ouvert_le_feu=opened_fire poignardé=stabbed poignardés=stabbed jusqu_aux_genoux=water_up_to jusquaux_genoux=water_up_to aux_genoux=water_up_to sous_eau=submerged arbre_est_tombé=trees_down arbre_vient_de_tomber=trees_down arbres_tombés=trees_down vitrines_cassées=smashed vitrines_brisées=smashed poussière_partout=dust_cloud nuage_de_poussière=dust_cloud épaisse_fumée=thick_smoke',
    water: 'eau=water',
    vehicle: 'train avion hélicoptère bus voiture camion ferry bateau navire voitures camions trains',
    stale: 'anniversaire=anniversary commémoration=anniversary il_y_a_#_ans=years_ago',
    self: 'je moi nous',
    now: 'maintenant actuellement en_direct',
    since: 'depuis',
    agent: 'terroris*=terrorist',
  },
  counts: {
    toll: 'bilan nombre',
    dead: 'victimes',
    time: 'an ans année années mois semaine semaines jour jours heure heures minute minutes seconde secondes',
    numbers: 'deux=2 trois=3 quatre=4 cinq=5 six=6 huit=8 neuf=9 dix=10 douze=12 vingt=20 vingts=20 trente=30 quarante=40 cinquante=50 soixante=60',
  },
};

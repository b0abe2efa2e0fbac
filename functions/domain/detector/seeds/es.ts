/** Spanish seed lexicon, translated by hand from en.ts. */
import type { Seed } from './types';

export const es: Seed = {
  lang: 'es',
  function:
    'gente de a el la los las un una unos unas y es son fue era en por para con no que se del al lo su sus como más pero muy esta están este esto hay han ha yo tú nosotros ellos ella le les me mi tras desde sobre hasta donde cuando porque también te eso esa ese nos mis tus todo toda todos hoy qué cómo estoy estamos estás tengo tiene tienen quiero voy vamos nada algo otro otra ahora así ni pues cada',
  terms: {
    structure: 'toda_la_casa=house todo_el_piso=flat fábrica=factory nave=warehouse almacén=warehouse puente=bridge pasarela=footbridge techo=roof tejado=roof edificio=building balcón=balcony grada=grandstand aparcamiento=car_park pabellón=hall andamio=scaffolding',
    attack:
      'tiros:0.6=gunshots disparando_a=shooting_at disparando_contra=shooting_at a_tiros=shot a_balazos=shot baleado*=shot acribillad*=gunned_down acuchill*=stabbed ataque_con_cuchillo=stabbing ataque_aéreo=airstrike ataques_aéreos=airstrike ataque_con_misiles=missile_attack ataque_de_misiles=missile_attack ataque_con_drones=drone_attack bombardeo*:0.6=shelling ' +
      'tiroteo=shooting tiroteos=shooting balacera=shooting balaceras=shooting atentado=attack atentados=attack pistolero*=gunman ' +
      'apuñal*=stabbing rehenes=hostage disparos=gunfire masacre=massacre tirador=shooter francotirador=sniper ' +
      'ataque:0.6=attack ataques:0.6=attack bomba:0.6=bomb bombas:0.6=bomb disparó_contra=shot_at abrió_fuego=opened_fire apuñaló=stabbed apuñalado=stabbed',
    explosion: 'ha_reventado:0.6=blew_up estruendo:0.5=bang explosión=explosion explosiones=explosion explota=explode explotó=exploded estallido=explosion estalló=exploded detonación=detonation ruido:0.05=noise',
    fire: 'arde:0.05=burning ardía:0.05=burning ardiendo:0.05=burning se_ha_incendiado:0.05=caught_fire se_incendió:0.05=caught_fire incendiado:0.05=caught_fire pasto_de_las_llamas:0.05=went_up_in_flames en_llamas=flames incendio=fire incendios=fire incendio_forestal=wildfire llamas=flames fuego:0.5=fire quema:0.5=burning humo:0.5=smoke quemado:0.05=set_alight quemaron:0.05=set_alight',
    earthquake: 'todo_tiembla:0.5=shaking todo_tembló:0.5=shaking todo_temblaba:0.5=shaking tiembla:0.05=shaking temblaba:0.05=shaking tembló:0.05=shook temblando:0.05=shaking tambaleaba:0.05=swayed sacudió:0.05=shook suelo_se_ha_movido:0.5=ground_shook se_balanceaba:0.5=swaying tembló:0.5@=shook terremoto=earthquake terremotos=earthquake sismo=earthquake sismos=earthquake temblor=tremor temblores=tremor tsunami magnitud=magnitude epicentro=epicenter réplica:0.5=aftershock',
    storm: 'huracán=hurricane huracanes=hurricane tifón=typhoon tornado* ciclón=cyclone tormenta:0.6=storm tormentas:0.6=storm granizo:0.6 granizada granizadas rachas:0.6 árboles_caídos:0.6 árboles_arrancados:0.6 viento:0.05=wind vientos:0.05=winds arrancó:0.05=torn_off arrancados:0.05=torn_off arrancó_el_tejado:0.05=roof_off de_raíz:0.05=uprooted árboles:0.05=trees caer_un_árbol:0.05=trees cayó_un_árbol:0.05=trees árboles_caídos:0.05=trees manga_de_viento=tornado',
    flood: 'inundación=flood inundaciones=flood inundado*=flooded riada=flood desbordamiento=overflow crecida=flood anegad*=flooded desbordó=overflow riadas=flood bajo_el_agua bajo_agua se_desbordó se_ha_desbordado a_las_rodillas:0.5=water_up_to hasta_las_rodillas:0.5=water_up_to a_la_cintura:0.5=water_up_to inundada=flooded inundadas=flooded entra:0.05@=coming_into entrando:0.05=coming_into lago:0.05=lake torrente:0.05=torrent arrastrad*:0.05=swept_away ríos:0.05=river por_la_corriente:0.05=torrent flotando:0.05=floating',
    crash: 'descarril*=derail choque:0.6=crash chocaron=collided estrelló=crashed siniestro=crash colisión=collision accidente:0.4=accident chocar:0.6=crash se_estrella=crashes se_estrelló=crashed avioneta:0.4=plane choque_múltiple=pileup volcado=overturned volcó=overturned descarriló=derailed se_salió_de_la_carretera=ran_off_the_road embistió=crashed autopista:0.05=motorway autovía:0.05=motorway rotonda:0.05=roundabout carretera:0.05=highway chirrido_de_ruedas:0.05=screeching vueltas_de_campana=overturned empotrad*:0.05=pileup chocado=crashed chocaron=collided',
    collapse: 'derrumbe=collapse derrumbó=collapsed derrumbado=collapsed colapso=collapse colapsado=collapsed escombros=rubble derrumbar=collapse derrumba=collapses se_hundió=collapsed se_ha_hundido=collapsed cedió:0.5 cede:0.5 se_cayó:0.05=fell cayó:0.05=fell se_vino_abajo=collapsed vino_abajo=collapsed venir_abajo:0.05=came_down vino_abajo:0.05=came_down',
    unrest:
      'alborotadores=rioters vándalos=vandals saqueadas=looted disturbios=riots saqueos=looting enfrentamientos=clashes gases_lacrimógenos=tear_gas gas_lacrimógeno=tear_gas toque_de_queda=curfew ' +
      'manifestantes:0.5=protesters protesta:0.4=protest protestas:0.4=protest disturbios=riots antidisturbios=riot_police gases_lacrimógenos=tear_gas gas_lacrimógeno=tear_gas saqueos=looting enfrentamientos=clashes antidisturbios=riots tirando_piedras:0.5=rioting lanzando_piedras:0.5=rioting batalla_campal=clashes enfrentamientos_con_la_policía=clashes cañones_de_agua=water_cannon cañón_de_agua=water_cannon',
    dead: 'muertos=dead muerto=dead fallecidos=dead fallecido=dead muertes=deaths',
    casualty: 'heridos=injured herido=injured víctimas=victims desaparecidos=missing atrapados=trapped lesionados=injured',
    eyewitness: 'todo_tiembla=shaking todo_tembló=shaking todo_temblaba=shaking alarmas_de_los_coches=car_alarms alarmas_de_coches=car_alarms estamos_escondidos=hiding la_cama_se_movía=bed_moved se_movió_la_cama=bed_moved en_las_estanterías=shelves se_oyó_a_kilómetros=heard temblaron_los_cristales=rattled vibraron_las_ventanas=rattled temblaron_las_ventanas=rattled vibraron_los_cristales=rattled no_salgáis=stay_inside no_salgan=stay_inside todos_al_suelo=get_down la_gente_corre=people_running gente_corriendo=people_running la_gente_huye=people_fleeing humo_por_todas_partes=smoke_everywhere salimos_corriendo=ran_out_into se_sintió_fuerte=felt_strongly ahora_mismo=right_now justo_ahora=right_now acabo_de=just sentí=felt sentimos=felt se_sintió=felt temblando=shaking escuché=heard vi=saw dios_mío=omg mi_edificio=my_building enfrente_de_mi=near_my aquí_en=here_in estoy_escondido=hiding se_ha_movido=shaking se_movió=shaking vibraban=rattled se_balanceaba=swaying madre_mía=omg nos_escondimos=hiding nos_escondemos=hiding sigue_moviéndose=still_swinging',
    others: 'eso_fue=was_that qué_fue=what_was_that qué_ha_sido=what_was_that alguien_más=anyone_else habéis_notado=did_you_feel habéis_oído=did_you_hear lo_sentisteis=did_you_feel lo_sintieron=did_you_feel oísteis=did_you_hear ustedes_también=you_too vosotros_también=you_too',
    breaking: 'última_hora=breaking urgente=urgent alerta=alert policía=police autoridades=authorities',
    figurative: 'tiros_a_puerta tiro_libre tiros_libres alquileres=rents jaja=lol jajaja=lol jajajaja=lol muero_de_risa ataque_de_pánico ataque_de_ansiedad ataque_al_corazón ataque_cardíaco fuegos_artificiales es_una_bomba explosión_demográfica canción álbum película tormenta_de_críticas lluvia_de_críticas cabeza_va_a_explotar va_a_explotar_la_cabeza correo_está_inundado inundado_de_mensajes inundado_de_correos portátil ordenador bitcoin cripto crash_del_bitcoin colapso_del_euro colapso_del_peso riesgo_de_incendio apuñaló_por_la_espalda puñalada_por_la_espalda puñalada_trapera',
    weak: 'oraciones oremos donaciones solidaridad homenaje condolencias',
    rescue: 'rescate=rescue evacuación=evacuation evacuados=evacuated ambulancia=ambulance bomberos=firefighters socorristas=rescuers emergencias=emergency ambulancias=ambulance sirenas=sirens',
    forecast: 'convocada=planned acerca=approaching aproxima=approaching amenaza=threat pronóstico=forecast alerta_roja=warning se_dirige=heading se_espera=expected se_esperan=expected previsto=expected prevista=expected',
    drill: 'simulacro simulacros',
    modal: 'podría=could podrían=could',
    impact: 'humo_negro=black_smoke en_llamas=in_flames de_las_estanterías=fell_off_the_shelves azota=hits golpea=hits arrasó=devastated destruyó=destroyed dañado=damaged daños=damage devastó=devastated grietas=cracks agrietado=cracked arrancó=torn_off árboles_caídos=toppled sin_luz=power_outage apagón=power_outage bajo_el_agua=submerged rotos=smashed se_rompieron=shattered anegad*=flooded inundado*=flooded en_los_tejados de_los_tejados tejados:0.5 azoteas:0.5 rompió rompieron nube_de_polvo arrancó=torn_off arrancados=torn_off arrancó_el_tejado=roof_off de_raíz=uprooted abrió_fuego=opened_fire apuñaló=stabbed apuñalado=stabbed a_las_rodillas=water_up_to hasta_las_rodillas=water_up_to a_la_cintura=water_up_to caer_un_árbol=trees_down cayó_un_árbol=trees_down árboles_caídos=trees_down escaparates_rotos=smashed polvo_por_todas_partes=dust_cloud nube_de_polvo=dust_cloud humo_espeso=thick_smoke',
    water: 'agua=water',
    vehicle: 'tren avión helicóptero autobús coche camión barco coches camiones trenes',
    stale: 'aniversario=anniversary hace_años=years_ago un_día_como_hoy=on_this_day hace_#_años=years_ago',
    self: 'yo nosotros',
    now: 'ahora ahorita en_vivo',
    since: 'desde',
    agent: 'terroris*=terrorist',
  },
  counts: {
    toll: 'cifra saldo balance número',
    dead: 'víctimas',
    time: 'año años mes meses semana semanas día días hora horas minuto minutos segundo segundos',
    numbers: 'dos=2@ tres=3@ cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10 doce=12 veinte=20 treinta=30 cuarenta=40 cincuenta=50 sesenta=60 setenta=70 ochenta=80 noventa=90',
  },
};

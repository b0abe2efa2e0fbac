/** Italian seed lexicon, translated by hand from en.ts. */
import type { Seed } from './types';

export const it: Seed = {
  lang: 'it',
  function:
    'gente a in il lo gli della delle dei di che non per con una sono nel nella sulla questo questa anche come più ma ci ha hanno essere stato molto alla degli dal dalla cosa perché già ancora tutto tutti e è un uno del la le i da sul al ai nei qui ti io lui lei noi voi loro mio mia tuo tua oggi poi così niente solo bene',
  terms: {
    structure: 'tutta_la_casa=house fabbrica=factory capannone=warehouse magazzino=warehouse ponte=bridge passerella=footbridge tetto=roof soffitto=ceiling palazzo=building palazzina=building edificio=building balcone=balcony tribuna=grandstand parcheggio=car_park palestra=hall impalcatura=scaffolding',
    attack:
      'colpi_di_pistola=gunshots sta_sparando=shooting a_colpi_di_pistola=shot colpi_di_arma_da_fuoco=gunshots freddat*=gunned_down attacco_aereo=airstrike raid_aereo=airstrike attacco_missilistico=missile_attack attacco_con_droni=drone_attack bombardament*:0.6=shelling ' +
      'sparatoria=shooting sparatorie=shooting attentato=attack attentati=attack accoltell*=stabbing ostaggi=hostage strage=massacre ' +
      'spari=gunfire cecchino=sniper kamikaze=bomber attacco:0.6=attack bomba:0.6=bomb sparato:0.6=shot sparato_sui=shot_at sparato_contro=shot_at aperto_il_fuoco=opened_fire accoltellato=stabbed accoltellati=stabbed',
    explosion: 'saltato_in_aria=blew_up boato:0.5=bang esplosione=explosion esplosioni=explosion esploso=exploded esplosa=exploded scoppio=explosion deflagrazione=explosion rumore:0.05=noise',
    fire: 'brucia:0.05=burning bruciando:0.05=burning preso_fuoco:0.05=caught_fire andato_in_fiamme:0.05=went_up_in_flames in_fiamme=flames avvolto_dalle_fiamme=engulfed incendio=fire incendi=fire fiamme=flames rogo=blaze fuoco:0.5=fire fumo:0.5=smoke brucia:0.6=burning in_fiamme=on_fire incendiato:0.05=set_alight incendiate:0.05=set_alight',
    earthquake: 'trema_tutto:0.5=shaking tremava_tutto:0.5=shaking tutto_trema:0.5=shaking tremando:0.05=shaking trema:0.05=shaking tremava:0.05=shaking tremato:0.05=shook ballava:0.05=swayed traballava:0.05=swayed terra_ha_tremato:0.5=ground_shook ha_tremato:0.5=shook ha_ballato:0.5=shaking oscillava:0.5=swaying terremoto=earthquake terremoti=earthquake sisma=earthquake scossa:0.8=tremor scosse=tremor sismica=seismic magnitudo=magnitude epicentro=epicenter',
    storm: 'uragano=hurricane tifone=typhoon tromba_d’aria=tornado ciclone=cyclone nubifragio=storm tempesta:0.6=storm tromba_d_aria=tornado grandinata grandinate chicchi_di_grandine raffiche:0.6 alberi_caduti:0.6 alberi_sradicati:0.6 vento:0.05=wind strappato:0.05=torn_off scoperchiato:0.05=roof_off scoperchiati:0.05=roof_off sradicato:0.05=uprooted alberi:0.05=trees caduto_un_albero:0.05=trees albero_caduto:0.05=trees alberi_caduti:0.05=trees grandine:0.6=hail',
    flood: 'alluvione=flood alluvioni=flood esondazione=flood allagat*=flooded inondazione=flood allagat*=flooded esondato=overflow uscito_dagli_argini=overflow sott_acqua sottacqua esondato uscito_dagli_argini alle_ginocchia:0.5=water_up_to fino_alle_ginocchia:0.5=water_up_to entra:0.05@=coming_into entrando:0.05=coming_into lago:0.05=lake torrente:0.05=torrent trascinat*:0.05=swept_away galleggi*:0.05=floating fiumi:0.05=river dalla_corrente:0.05=torrent',
    crash: 'deragli*=derail schianto=crash schiantato=crashed precipitato=crashed scontro=collision incidente:0.4=accident schiantarsi=crash schiantata=crashed schiantato=crashed si_schianta=crashes precipita=crashes tamponamento=pileup deragliato=derailed ribaltato=overturned ribaltata=overturned deragliato=derailed uscito_di_strada=ran_off_the_road travolto=ploughed_into autostrada:0.05=motorway tangenziale:0.05=ring_road rotonda:0.05=roundabout incrocio:0.05=intersection stridio_di_gomme:0.05=screeching cappottat*=overturned accartocciat*:0.05=pileup frontalmente:0.6=head_on scontrati=collided',
    collapse: 'crollo=collapse crollato=collapsed crollata=collapsed macerie=rubble crollato=collapsed crollata=collapsed venuto_giù=collapsed crolla=collapses ceduto:0.5 cede:0.5 caduto:0.05=fell caduta:0.05=fell venuto_giù=collapsed venuta_giù=collapsed sprofondato:0.6=caved_in venuto_giù:0.05=came_down',
    unrest: 'facinorosi=rioters scontri=clashes rivolta=riot disordini=riots saccheggi=looting lacrimogeni=tear_gas manifestanti:0.5=protesters celere:0.6@=riots antisommossa=riots lancia_sassi:0.5=rioting lanciano_sassi:0.5=rioting lancio_di_sassi:0.5=rioting scontri_con_la_polizia=clashes idranti=water_cannon manganelli:0.5=batons',
    dead: 'morti=dead morto=dead deceduti=dead uccisi=killed',
    casualty: 'feriti=injured ferito=injured vittime=victims dispersi=missing intrappolati=trapped incastrat*=trapped',
    eyewitness: 'trema_tutto=shaking tremava_tutto=shaking tutto_trema=shaking allarmi_delle_macchine=car_alarms allarmi_delle_auto=car_alarms il_letto_si_muoveva=bed_moved letto_si_muoveva=bed_moved sugli_scaffali=shelves sentita_a_chilometri=heard tremato_i_vetri=rattled vetri_hanno_tremato=rattled finestre_hanno_tremato=rattled sentita=felt restate_dentro=stay_inside restate_a_casa=stay_inside tutti_a_terra=get_down la_gente_scappa=people_fleeing gente_che_corre=people_running gente_che_scappa=people_fleeing fumo_dappertutto=smoke_everywhere fumo_ovunque=smoke_everywhere state_lontani=stay_away si_è_sentito=felt si_è_sentita=felt l’ho_sentita=felt avvertito=felt tutti_in_strada=ran_out_into proprio_ora=right_now ho_sentito=heard abbiamo_sentito=felt lho_sentito=felt si_sente=felt trema=shaking tremava=shaking tremato=shook ho_visto=saw oddio=omg mio_dio=omg davanti_a_casa=outside_my qui_a=here_in mi_sono_nascosto=hiding nascosti=hiding ha_ballato=shaking ballava=shaking vibravano=rattled oscillava=swaying mamma_mia=omg ci_siamo_nascosti=hiding siamo_nascosti=hiding oscilla_ancora=still_swinging',
    others: 'era_un=was_that cos’era=what_was_that qualcun_altro=anyone_else anche_voi=you_too avete_sentito=did_you_feel avete_sentito=did_you_hear',
    breaking: 'ultimora=breaking ultima_ora=breaking urgente=urgent polizia=police carabinieri=police autorità=authorities',
    figurative: 'affitti=rents ahah ahahah morto_dal_ridere muoio_dal_ridere attacco_di_panico fuochi_d’artificio è_una_bomba canzone album film partita esplosione_demografica tempesta_di_critiche pioggia_di_critiche testa_sta_per_esplodere mi_esplode_la_testa casella_è_invasa invasa_di_mail inondata_di_mail portatile computer bitcoin cripto crollo_dell_euro crollo_della_lira crollo_della_borsa rischio_incendi rischio_incendio pugnalata_alle_spalle pugnalato_alle_spalle',
    weak: 'preghiere donazioni solidarietà cordoglio',
    rescue: 'soccorsi=rescue soccorritori=rescuers evacuati=evacuated evacuazione=evacuation vigili_del_fuoco!=firefighters ambulanza=ambulance protezione_civile=emergency ambulanze=ambulance sirene=sirens',
    forecast: 'indetta=called_for allerta=warning previsto=expected previsioni=forecast minaccia=threat prevista=expected previste=expected previsti=expected',
    drill: 'esercitazione esercitazioni simulazione',
    modal: 'potrebbe=could potrebbero=could',
    impact: 'fumo_nero=black_smoke in_fiamme=in_flames colpisce=hits colpito=hit devastato=devastated distrutto=destroyed danneggiato=damaged danni=damage crepe=cracks crepato=cracked scoperchiato=torn_off alberi_caduti=toppled niente_corrente=power_outage blackout=power_outage sottacqua=submerged sott_acqua=submerged in_frantumi=shattered sfondato=smashed allagati=flooded allagata=flooded allagato=flooded allagate=flooded sui_tetti dai_tetti tetti:0.5 sfondato rotto nuvola_di_polvere nuvolone_di_polvere strappato=torn_off scoperchiato=roof_off scoperchiati=roof_off sradicato=uprooted aperto_il_fuoco=opened_fire accoltellato=stabbed accoltellati=stabbed alle_ginocchia=water_up_to fino_alle_ginocchia=water_up_to caduto_un_albero=trees_down albero_caduto=trees_down alberi_caduti=trees_down vetrine_spaccate=smashed vetrine_rotte=smashed polvere_dappertutto=dust_cloud nube_di_polvere=dust_cloud fumo_denso=thick_smoke',
    water: 'acqua=water',
    vehicle: 'treno aereo elicottero autobus auto camion nave traghetto treni',
    stale: 'anniversario=anniversary anni_fa=years_ago',
    self: 'io noi',
    now: 'ora adesso in_diretta',
    since: 'dal',
    agent: 'terroris*=terrorist',
  },
  counts: {
    toll: 'bilancio numero',
    dead: 'vittime',
    time: 'anno anni mese mesi settimana settimane giorno giorni ora ore minuto minuti secondo secondi',
    numbers: 'due=2@ tre=3 quattro=4 cinque=5 sette=7 nove=9 dieci=10 dodici=12 venti=20 trenta=30 quaranta=40 cinquanta=50 sessanta=60 settanta=70 ottanta=80 novanta=90',
  },
};

/** Portuguese seed lexicon, translated by hand from en.ts. */
import type { Seed } from './types';

export const pt: Seed = {
  lang: 'pt',
  function:
    // "chão" (the floor) and "gente" (folks: "Gente, tiros!!") are no function words, but towns' names elsewhere (Chaohu,
    // CN; Gent, BE): as function words they are no content words that tie posts, and "chão" names a place only after a cue.
    'chão gente a e o os as um uma de do da dos das em no na nos nas que não para com por se mais como mas foi são ao pelo pela você ele ela isso está muito eu tá vc meu minha tudo aqui tem hoje já só bem ser estou vou nós eles elas sem sua seu essa esse este esta isto aquele aquela aquilo',
  terms: {
    structure: 'casa_toda=house a_casa_toda=house fábrica=factory galpão=warehouse armazém=warehouse ponte=bridge passarela=footbridge telhado=roof teto=ceiling prédio=building edifício=building varanda=balcony sacada=balcony arquibancada=grandstand estacionamento=car_park ginásio=hall andaime=scaffolding',
    attack:
      'tiros:0.6=gunshots atirando_em=shooting_at atirando_nas=shooting_at baleado*=shot baleada*=shot morto_a_tiros=shot_dead mortos_a_tiros=shot_dead ataque_aéreo=airstrike ataques_aéreos=airstrike ataque_de_mísseis=missile_attack ataque_com_mísseis=missile_attack ataque_com_drones=drone_attack bombardeio*:0.6=shelling ' +
      'tiroteio=shooting tiroteios=shooting atentado=attack atentados=attack atirador=shooter atiradores=shooter esfaque*=stabbing ' +
      'reféns=hostage massacre chacina=massacre disparos=gunfire ataque:0.6=attack bomba:0.6=bomb tiros:0.6@=gunshots atirou:0.6=shot atirou_contra=shot_at abriu_fogo=opened_fire esfaqueou=stabbed esfaqueado=stabbed',
    explosion: 'voou_pelos_ares=blew_up estrondo:0.5=bang explosão=explosion explosões=explosion explodiu=exploded barulho:0.05=noise',
    fire: 'queimando:0.05=burning pegou_fogo:0.05=caught_fire pegando_fogo:0.05=burning incendiou:0.05=caught_fire consumido_pelas_chamas:0.05=went_up_in_flames em_chamas=flames incêndio=fire incêndios=fire chamas=flames queimada=wildfire fogo:0.5=fire fumaça:0.5=smoke pegando_fogo=on_fire incendiaram:0.05=set_alight queimaram:0.05=set_alight',
    earthquake: 'tudo_tremeu:0.5=shaking tudo_tremendo:0.5=shaking tudo_treme:0.5=shaking tremendo:0.05=shaking tremeu:0.05=shook treme:0.05=shaking tremia:0.05=shaking balançou:0.05=swayed balançava:0.05=swayed chão_tremeu:0.5=ground_shook tremeu:0.5@=shook terremoto=earthquake sismo=earthquake abalo_sísmico=earthquake abalo=tremor tremor magnitude tsunami',
    storm: 'furacão=hurricane tufão=typhoon tornado* ciclone=cyclone vendaval=gale tempestade:0.6=storm temporal:0.6@=storm granizo:0.6 chuva_de_granizo rajadas:0.6 árvores_caídas:0.6 árvores_arrancadas:0.6 vento:0.05=wind ventos:0.05=winds ventania=windstorm arrancou:0.05=torn_off arrancados:0.05=torn_off destelhou:0.05=roof_off destelhadas:0.05=roof_off árvores:0.05=trees árvore_caiu:0.05=trees cair_em_cima:0.05=trees árvores_caídas:0.05=trees',
    flood: 'enchente=flood enchentes=flood inundação=flood inundações=flood alagamento=flooding alagado*=flooded cheia=flood alagad*=flooded transbordou=overflow debaixo_d_água debaixo_dágua embaixo_d_água transbordou aos_joelhos:0.5=water_up_to até_os_joelhos:0.5=water_up_to até_a_cintura:0.5=water_up_to debaixo_água=under_water entrando:0.05=coming_into lago:0.05=lake correnteza:0.05=torrent arrastad*:0.05=swept_away boiando:0.05=floating levados:0.05=swept_away rios:0.05=river',
    crash: 'descarril*=derail colisão=collision batida:0.5=crash acidente:0.4=accident colidiu=collided caiu:0.4=crashed engavetamento=pileup capotou=overturned capotou=overturned tombou=overturned descarrilou=derailed saiu_da_pista=ran_off_the_road bater_num=crashed bateu_em=crashed rodovia:0.05=highway estrada:0.05=highway rotatória:0.05=roundabout cruzamento:0.05=intersection cantada_de_pneu:0.05=screeching capotou=overturned capotar=overturned engavetad*=pileup bateram=crashed',
    collapse: 'desabamento=collapse desabou=collapsed desmoronamento=collapse escombros=rubble desabar=collapse desaba=collapses desabou=collapsed cedeu:0.5=collapsed caiu:0.05=fell veio_abaixo=collapsed desmoronou=collapsed',
    unrest: 'vândalos=vandals baderneiros=rioters saqueados=looted tumulto=riot tumultos=riots confrontos=clashes saques=looting saqueio=looting gás_lacrimogêneo=tear_gas manifestantes:0.5=protesters protesto:0.4=protest confrontos=clashes tropa_de_choque=riots jogando_pedras:0.5=rioting atirando_pedras:0.5=rioting confronto_com_a_polícia=clashes jatos_de_água=water_cannon cassetetes:0.5=batons',
    dead: 'mortos=dead morto=dead mortes=deaths morreu=died morreram=died',
    casualty: 'feridos=injured ferido=injured vítimas=victims desaparecidos=missing soterrados=trapped presos_nas_ferragens=trapped presas=trapped',
    eyewitness: 'tudo_tremeu=shaking tudo_tremendo=shaking tudo_treme=shaking alarmes_de_carro=car_alarms estamos_escondidos=hiding a_cama_mexeu=bed_moved a_cama_balançou=bed_moved nas_prateleiras=shelves ouvido_a_quilômetros=heard vidros_tremeram=rattled janelas_tremeram=rattled fiquem_em_casa=stay_inside fiquem_dentro=stay_inside todo_mundo_no_chão=get_down gente_correndo=people_running pessoas_correndo=people_running fumaça_por_todo_lado=smoke_everywhere fiquem_longe=stay_away correu_para_a_rua=ran_out_into agora_mesmo=right_now neste_momento=right_now acabei_de=just ouvi=heard senti=felt sentimos=felt tremeu=shook tremendo=shaking meu_deus=omg meu_prédio=my_building na_frente_da_minha=outside_my aqui_em=here_in tô_escondido=hiding balançou=shaking balançando=swaying vibraram=rattled nos_escondemos=hiding nos_escondemos_num=hiding ainda_está_balançando=still_swinging',
    others: 'foi_isso=was_that foi_esse=what_was_that foi_um=was_that mais_alguém=anyone_else alguém_mais=anyone_else vocês_sentiram=did_you_feel vocês_ouviram=did_you_hear vocês_também=you_too',
    breaking: 'urgente=urgent última_hora=breaking plantão=breaking polícia=police autoridades=authorities',
    figurative: 'tiros_de_meta aluguéis=rents kkk=lol kkkk=lol kkkkk=lol rsrs=lol morrendo_de_rir morri_de_rir ataque_de_pânico ataque_de_ansiedade ataque_cardíaco fogos_de_artifício é_uma_bomba música álbum filme jogo tempestade_de_críticas chuva_de_críticas cabeça_vai_explodir minha_cabeça_vai_explodir caixa_de_entrada_lotada inundada_de_mensagens lotada_de_emails notebook computador bitcoin cripto queda_do_real colapso_do_real colapso_do_euro risco_de_incêndio risco_de_queimadas facada_nas_costas apunhalou_pelas_costas choque_de_realidade',
    weak: 'orações doações solidariedade',
    rescue: 'resgate=rescue bombeiros=firefighters evacuados=evacuated evacuação=evacuation ambulância=ambulance defesa_civil=emergency ambulâncias=ambulance sirenes=sirens',
    forecast: 'convocado=called_for alerta=warning previsão=forecast ameaça=threat se_aproxima=approaching previsto=expected prevista=expected previstas=expected',
    drill: 'simulado simulação',
    modal: 'poderia=could poderiam=could',
    impact: 'fumaça_preta=black_smoke em_chamas=in_flames atinge=hits devastou=devastated destruiu=destroyed danificado=damaged danos=damage rachaduras=cracks rachou=cracked arrancou=torn_off árvores_caídas=toppled sem_luz=power_outage apagão=power_outage debaixo_d_água=submerged debaixo_dágua=submerged estouraram=shattered quebrou=smashed alagadas=flooded alagados=flooded alagada=flooded alagado=flooded dos_telhados nos_telhados telhados:0.5 quebrou quebraram nuvem_de_poeira arrancou=torn_off arrancados=torn_off destelhou=roof_off destelhadas=roof_off abriu_fogo=opened_fire esfaqueou=stabbed esfaqueado=stabbed aos_joelhos=water_up_to até_os_joelhos=water_up_to até_a_cintura=water_up_to debaixo_água=submerged árvore_caiu=trees_down árvores_caídas=trees_down vitrines_quebradas=smashed poeira_pra_todo_lado=dust_cloud nuvem_de_poeira=dust_cloud fumaça_grossa=thick_smoke',
    water: 'água=water',
    vehicle: 'trem avião helicóptero ônibus carro caminhão barco navio carros caminhões trens',
    stale: 'aniversário=anniversary anos_atrás=years_ago há_#_anos=years_ago',
    self: 'eu nós meu minha',
    now: 'agora ao_vivo',
    since: 'desde',
    agent: 'terroris*=terrorist',
  },
  counts: {
    toll: 'número balanço saldo',
    dead: 'vítimas',
    time: 'ano anos mês meses semana semanas dia dias hora horas minuto minutos segundo segundos',
    numbers: 'três=3@ dois=2 duas=2 quatro=4 cinco=5 seis=6 sete=7 oito=8 nove=9 dez=10 doze=12 vinte=20 trinta=30 quarenta=40 cinquenta=50 sessenta=60 setenta=70 oitenta=80 noventa=90',
  },
};

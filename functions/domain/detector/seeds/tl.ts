/** Tagalog seed lexicon (a few words, translated by hand from en.ts): Philippine posts mix it with English. */
import type { Seed } from './types';

export const tl: Seed = {
  lang: 'tl',
  function: 'ang ng mga sa na at ay si ni kay ako ka siya kami tayo sila ito iyan yan hindi po ba lang pa din rin naman kasi para',
  terms: {
    structure: 'buong_bahay=house pabrika=factory bodega=warehouse tulay=bridge bubong=roof kisame=ceiling gusali=building balkonahe=balcony bleachers=grandstand paradahan=car_park',
    forecast: 'inaasahan=expected inaasahang=expected babala=warning',
    drill: 'drill',
    modal: 'maaaring=could',
    figurative: 'upa=rents pagsabog_ng_populasyon bagyo_ng_batikos bagyo_ng_kritisismo sasabog_ang_ulo binaha_ng_email binaha_ng_mensahe laptop kompyuter bitcoin crypto panganib_ng_sunog',
    rescue: 'bumbero=firefighters mga_bumbero=firefighters sinagip=rescued lumikas=evacuated sirena=sirens',
    impact: 'nilalamon_ng_apoy=in_flames itim_na_usok=black_smoke nasira=damaged nawasak=destroyed bitak=cracks natumba=toppled brownout=power_outage lubog=submerged nabasag=shattered tinangay=torn_off binaha=flooded mula_sa_bubong sa_bubong bubong:0.5 nabasag makapal_na_alikabok tinangay=blown_off natumba=toppled binunot=uprooted nagpaputok:0.6=opened_fire sinaksak=stabbed sumaksak=stabbed hanggang_tuhod=water_up_to hanggang_baywang=water_up_to puno_na_bumagsak=trees_down natumba_ang_puno=trees_down puno_na_natumba=trees_down makapal_na_usok=thick_smoke',
    others: 'ba_yun=was_that ano_yung=what_was_that may_nakaramdam=anyone_felt naramdaman_nyo=did_you_feel naramdaman_niyo=did_you_feel narinig_nyo=did_you_hear narinig_niyo=did_you_hear may_iba_pa=anyone_else kayo_rin=you_too',
    breaking: 'pulis=police awtoridad=authorities',
    eyewitness: 'umuuga_lahat=shaking lahat_umuuga=shaking alarm_ng_kotse=car_alarms nagtatago_kami=hiding gumalaw_ang_kama=bed_moved sa_estante=shelves tumatakbo_ang_mga_tao=people_running nanginig_ang_mga_bintana=rattled kumalampag_ang_mga_bintana=rattled huwag_lumabas=stay_inside dumapa=get_down nagtatakbuhan=people_running usok_kahit_saan=smoke_everywhere lumayo_kayo=stay_away ramdam=felt nagtakbuhan=ran_out_into nakita_ko=saw narinig_ko=heard naramdaman=felt umuga=shaking yumanig=shaking nanginig=rattled nagtatago=hiding grabe=omg nagtago_kami=hiding umuuga_pa_rin=still_swinging',
    unrest: 'nanggugulo=rioters kaguluhan:0.6=unrest sagupaan=clashes nilolooban=looting pagnanakaw:0.5=looting batuhan:0.5@=rioting nagbabatuhan:0.5@=rioting',
    collapse: 'gumuho=collapsed pagguho=collapse guho=rubble bumigay:0.5=collapsed bumigay:0.6=gave_way nahulog:0.05=fell bumagsak:0.05=fell gumuho=collapsed',
    crash: 'bumangga=crashed banggaan=collision nadiskaril=derailed bumagsak_ang_eroplano=plane_crash bumaligtad=overturned tumaob=overturned nadiskaril=derailed sumalpok=crashed highway:0.05@=highway rotonda:0.05@=roundabout kalabog:0.05=bang skid:0.05=screeching bumaligtad=overturned nagsalpukan=collided nagbanggaan=collided',
    explosion: 'pagsabog=explosion sumabog=exploded ingay:0.05=noise tunog:0.05=noise kalabog:0.05=noise',
    attack: 'putok_ng_baril=gunshots namamaril=shooting pamamaril=shooting namaril=shooting binaril=shot putukan:0.6=gunfire nanaksak=stabbed sinaksak=stabbed pananaksak=stabbing pambobomba=bombing pag_atake:0.6=attack namaril=shot pinagbabaril=shot_at nagpaputok:0.6=opened_fire sinaksak=stabbed sumaksak=stabbed',
    earthquake: 'umuuga_lahat:0.5=shaking lahat_umuuga:0.5=shaking umuuga:0.05=shaking yumanig:0.05=shook yumayanig:0.05=shaking yanig:0.6=tremor umuga:0.5=shaking lindol=earthquake lumindol=earthquake pagyanig:0.6=tremor',
    storm: 'bagyo=storm buhawi=tornado ipo_ipo=tornado yelo:0.4 malakas_na_hangin:0.6 natumba_ang_mga_puno:0.6 hangin:0.05=wind tinangay:0.05=blown_off natumba:0.05=toppled binunot:0.05=uprooted puno:0.05=trees puno_na_bumagsak:0.05=trees natumba_ang_puno:0.05=trees puno_na_natumba:0.05=trees',
    flood: 'baha@=flood binaha=flooded lubog_sa_baha=flooded umapaw=overflow lubog_sa_tubig lubog umapaw hanggang_tuhod:0.5=water_up_to hanggang_baywang:0.5=water_up_to pumapasok:0.05=coming_into lawa:0.05=lake rumaragasa:0.05=torrent tinatangay:0.05=swept_away ginawang_ilog:0.05=river agos:0.05=torrent lumulutang:0.05=floating',
    fire: 'nasunog:0.05=burned nagliliyab:0.05=blazing nilamon_ng_apoy:0.05=went_up_in_flames nilalamon_ng_apoy=engulfed sunog=fire nasusunog=burning apoy:0.5@=fire sinunog:0.05=set_alight sinusunog:0.05=set_alight',
    dead: 'patay=dead',
    water: 'tubig=water',
    stale: 'taon_na_ang_nakalipas=years_ago nakalipas_na_taon=years_ago anibersaryo=anniversary',
    casualty: 'sugatan=injured naipit=trapped nasugatan=injured',
  },
  counts: {
    toll: 'bilang',
    time: 'taon buwan linggo araw oras minuto segundo',
    numbers: 'dalawa=2 tatlo=3 apat=4 anim=6 pito=7 walo=8 siyam=9 sampu=10',
  },
};

/** Turkish seed lexicon, translated by hand from en.ts (stems carry the case suffixes: "deprem*" is depremde, depremin). */
import type { Seed } from './types';

export const tr: Seed = {
  lang: 'tr',
  function: 'aman ve bir bu da de için ile çok ama gibi daha olarak ne mi var yok ben sen biz siz onlar her sonra kadar diye şu',
  terms: {
    structure: 'bütün_ev=house tüm_ev=house fabrika=factory fabrikası=factory depo=warehouse deposu=warehouse köprü=bridge köprüsü=bridge yaya_köprüsü=footbridge çatı=roof çatısı=roof tavan=ceiling tavanı=ceiling bina@=building binası=building balkon=balcony tribün=grandstand otopark=car_park spor_salonu=hall iskele:0.5=scaffolding çatısından=roof çatıdan=roof binanın=building binadan=building',
    attack:
      'ateş_açıldı=opened_fire silah_sesi=gunshots ateş_ediyor=shooting bıçakla*=stabbed vurularak=shot kurşunla*=shot silahla:0.6=gun hava_saldırısı=airstrike füze_saldırısı=missile_attack iha_saldırısı=drone_attack bombardıman:0.6=shelling ' +
      'silahlı_saldırı=shooting bombalı_saldırı=bombing canlı_bomba=suicide_bomber terör*=terror rehine*=hostage katliam=massacre ' +
      'bıçaklı_saldırı=stabbing ateş_açtı=opened_fire silah_sesleri=gunfire saldırgan*=attacker saldırı*:0.6=attack bomba:0.6=bomb ateş_açtı=opened_fire kurşun_yağdırdı=opened_fire bıçakladı=stabbed',
    explosion: 'havaya_uçtu=blew_up patlama*=explosion patladı=exploded infilak=explosion gürültü:0.05=noise gürültüydü:0.05=noise',
    fire: 'yanıyor:0.05=burning alev_aldı:0.05=caught_fire tutuştu:0.05=caught_fire alevler_içinde:0.05=in_flames yangın*=fire orman_yangını=wildfire alevler=flames alev:0.6=flames duman:0.5=smoke ateşe_verdi:0.05=set_alight yakıldı:0.05=set_alight yanmış:0.05=burned',
    earthquake: 'her_şey_sallanıyor:0.5=shaking her_şey_sallandı:0.5=shaking sallanıyor:0.05=shaking sallandı:0.05=shook sarsıldı:0.05=shook titredi:0.05=shook bina_sallandı:0.5=shaking deprem*=earthquake artçı*=aftershock sarsıntı*=tremor büyüklüğünde=magnitude tsunami',
    storm: 'kasırga*=hurricane tayfun=typhoon hortum=tornado fırtına*:0.6=storm dolu_yağışı dolu_taneleri ağaçlar_devrildi:0.6 rüzgar*:0.05=wind rüzgâr*:0.05=wind uçurdu:0.05=blown_off uçtu:0.05=blown_off söktü:0.05=uprooted devirdi:0.05=toppled kökünden:0.05=uprooted devrildi:0.05=toppled ağaçlar:0.05=trees ağaç_devrildi:0.05=trees ağaç_düştü:0.05=trees',
    flood: 'sel:0.8@=flood taşkın*=flood su_baskını=flood su_bastı=flooded taştı=overflow sel_suları=flood sular_altında su_bastı taştı dizlere_kadar:0.5=water_up_to doluyor:0.05=pouring_into göl_oldu:0.05=lake göle_döndü:0.05=lake akıntı*:0.05=torrent sürüklü*:0.05=swept_away nehre:0.05=river sürüklen*:0.05=swept_away su_giriyor:0.05=coming_into su_yükselmeye:0.05=rising',
    crash: 'raydan_çıktı=derailed çarpıştı=collided uçak_kazası=plane_crash tren_kazası=train_crash kaza:0.5=accident kazas*:0.5=accident kazal*:0.5=accident kazada:0.5=accident kazaya:0.5=accident kazayı:0.5=accident çarptı:0.4=crashed çarptığını=crashed çarpıştı=collided zincirleme_kaza=pileup raydan_çıktı=derailed yoldan_çıktı=ran_off_the_road devrildi:0.5=overturned otoyol*:0.05=motorway otoban:0.05=motorway kavşak*:0.05=intersection göbekte:0.05@=roundabout lastik_sesi:0.05=screeching takla_attı=overturned takla_atan=overturned birbirine_girdi:0.05=pileup kafa_kafaya:0.6=head_on çarpıştı=collided',
    collapse: 'çöktü=collapsed çökme=collapse yıkıldı=collapsed enkaz*=rubble çöktü=collapsed göçtü=collapsed düştü:0.05=fell göçtü=caved_in çöktü=collapsed yıkıldı=collapsed',
    unrest: 'taşkınlık=riots biber_gazı=tear_gas isyan=riot çatışma*=clashes yağma*=looting biber_gazı=tear_gas ayaklanma=riot göstericiler:0.5=protesters çevik_kuvvet=riots taş_atıyor:0.5=rioting taş_attı:0.5=rioting polisle_çatışma=clashes tazyikli_su=water_cannon',
    dead: 'öldü=died ölü=dead ölüm=death hayatını_kaybetti=died ölen=dead öldürüldü=killed',
    casualty: 'yaralı*=injured yaralandı=injured kayıp=missing enkaz_altında=trapped sıkıştı=trapped sıkışan=trapped mahsur=trapped',
    eyewitness: 'her_şey_sallanıyor=shaking her_şey_sallandı=shaking araba_alarmları=car_alarms araç_alarmları=car_alarms saklanıyoruz=hiding yatak_sallandı=bed_moved raflardaki=shelves kilometrelerce_uzaktan_duyuldu=heard camlar_titredi=rattled camlar_sallandı=rattled camlarımız_titredi=rattled dışarı_çıkmayın=stay_inside herkes_yere=get_down insanlar_kaçıyor=people_fleeing insanlar_koşuyor=people_running her_yerde_duman=smoke_everywhere uzak_durun=stay_away hissedildi=felt şiddetli_hissedildi=felt_strongly sokağa_döküldü=ran_out_into hissettim=felt duydum=heard gördüm=saw aman_allah=omg karşımdaki=near_my evimizin_önünde=outside_my saklandım=hiding saklanıyoruz=hiding sallandı=shaking sallanıyor=shaking titredi=rattled az_önce=just_now saklandık=hiding hala_sallanıyor=still_swinging',
    others: 'neydi=what_was_that bu_neydi=what_was_that mıydı=was_that hisseden_var=anyone_else_felt duyan_var=anyone_else_heard hissettiniz_mi=did_you_feel duydunuz_mu=did_you_hear başka_var_mı=anyone_else',
    breaking: 'son_dakika=breaking acil=urgent polis=police yetkililer=authorities',
    figurative: 'kiralar=rents gülmekten_öldüm panik_atak kalp_krizi bomba_gibi havai_fişek şarkı albüm film maç nüfus_patlaması eleştiri_fırtınası tepki_yağmuru kafam_patlayacak kafam_patlamak_üzere gelen_kutum_doldu maillerle_doldu laptop bilgisayar bitcoin kripto liranın_çöküşü borsa_çöktü yangın_riski orman_yangını_riski',
    weak: 'dua geçmiş_olsun bağış',
    rescue: 'kurtarma=rescue itfaiye=firefighters tahliye=evacuation ambulans=ambulance afad=emergency itfaiyeyi=firefighters itfaiyeye=firefighters siren_sesi=sirens siren_sesleri=sirens',
    forecast: 'planlanan=planned uyarı=warning bekleniyor=expected tahmin=forecast yaklaşıyor=approaching bekleniyor=expected',
    drill: 'tatbikat tatbikatı tatbikatında',
    modal: 'olabilir=could',
    impact: 'yoğun_duman=thick_smoke raflardan=fell_off_the_shelves vurdu=hits yıktı=destroyed hasar=damage çatlaklar=cracks çatlak=cracks uçurdu=torn_off devrildi=toppled elektrik_yok=power_outage elektrikler_kesildi=power_outage sular_altında=submerged camlar_kırıldı=shattered kırdı=smashed su_bastı=flooded sular_altında=flooded çatılardan çatılarda kırdı toz_bulutu uçurdu=blown_off uçtu:0.5=blown_off söktü=uprooted devirdi=toppled kökünden=uprooted ateş_açtı=opened_fire bıçakladı=stabbed dizlere_kadar=water_up_to ağaç_devrildi=trees_down ağaç_düştü=trees_down vitrinleri_kırdı=smashed kırık_vitrinler=smashed toz_bulutu=dust_cloud yoğun_duman=thick_smoke',
    water: 'suyu=water sular=water',
    vehicle: 'tren uçak helikopter otobüs araba kamyon gemi araçlar arabalar trenler',
    stale: 'yıl_önce=years_ago yıldönümü=anniversary',
    self: 'ben biz benim',
    now: 'şimdi az_önce',
    since: 'beri',
    agent: 'terörist*=terrorist terörizm*=terrorism',
  },
  counts: {
    toll: 'sayısı bilançosu',
    time: 'yıl yıldır yıllık ay hafta gün saat dakika saniye',
    numbers: 'on=10@ iki=2 üç=3 dört=4 beş=5 altı=6 yedi=7 sekiz=8 dokuz=9 yirmi=20',
  },
};

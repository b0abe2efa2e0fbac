/** Indonesian seed lexicon, translated by hand from en.ts. */
import type { Seed } from './types';

export const id: Seed = {
  lang: 'id',
  function: 'yang dan di ini itu dengan untuk tidak ada dari ke akan pada juga saya kami sudah karena atau',
  terms: {
    structure: 'seluruh_rumah=house rumah_bergetar=house pabrik=factory gudang=warehouse jembatan=bridge jembatan_penyeberangan=footbridge atap=roof plafon=ceiling gedung=building bangunan=building balkon=balcony tribun=grandstand gedung_parkir=car_park aula@=hall',
    attack:
      'ditembak_mati=shot_dead ditusuk=stabbed serangan_udara=airstrike serangan_rudal=missile_attack serangan_drone=drone_attack ' +
      'penembakan=shooting penembak=gunman teror*=terror pengeboman=bombing bom_bunuh_diri=suicide_bomber penusukan=stabbing sandera=hostage ' +
      'serangan:0.6=attack bom:0.6@=bomb penembakan=shooting tembakan=gunshots ditembak=shot menusuk=stabbed penusukan=stabbing melepaskan_tembakan=opened_fire menembaki=shot_at menikam=stabbed',
    explosion: 'ledakan=explosion meledak=exploded ledakan=explosion meledak=exploded dentuman:0.6=blast ledakan_gas=explosion suara:0.05=noise bunyi:0.05=noise',
    fire: 'dilalap_api:0.05=went_up_in_flames kebakaran=fire kebakaran_hutan=wildfire terbakar=burning api:0.5@=fire asap:0.5=smoke terbakar=burning dibakar:0.05=set_alight',
    earthquake: 'semua_bergetar:0.5=shaking semuanya_bergetar:0.5=shaking semua_bergoyang:0.5=shaking getaran:0.5=tremor bergetar:0.05=shaking berguncang:0.05=shook bergoyang:0.5=swaying goyang:0.5@=shaking gempa*=earthquake gempa_bumi=earthquake tsunami guncangan=tremor magnitudo=magnitude',
    storm: 'badai=storm topan=typhoon puting_beliung=tornado siklon=cyclone angin_kencang:0.6=winds hujan_es angin_kencang:0.6 pohon_tumbang:0.6 hujan_angin:0.6 angin:0.05=wind menerbangkan:0.05=blown_off tercabut:0.05=uprooted tumbang:0.05=toppled pohon:0.05=trees pohon_tumbang:0.05=trees pohon_roboh:0.05=trees',
    flood: 'banjir=flood banjir_bandang=flash_flood kebanjiran=flooded meluap=overflow terendam meluap tergenang sampai_lutut:0.5=water_up_to selutut:0.5=water_up_to sepinggang:0.5=water_up_to masuk:0.05@=coming_into danau:0.05=lake arus:0.05=torrent hanyut:0.05=swept_away menjadi_sungai:0.05=river terseret:0.05=swept_away',
    crash: 'tabrakan=collision anjlok=derailed kecelakaan:0.5=accident jatuh:0.4=crashed menabrak=crashed ditabrak=crashed tabrakan_beruntun=pileup pesawat_jatuh=plane_crash terguling=overturned terguling=overturned anjlok=derailed terperosok=ran_off_the_road jalan_tol:0.05=motorway bundaran:0.05=roundabout perempatan:0.05=intersection jalan_lingkar:0.05=ring_road ban_berdecit:0.05=screeching adu_banteng:0.6=head_on bertabrakan=collided',
    collapse: 'runtuh=collapsed ambruk=collapsed reruntuhan=rubble longsor=collapse ambrol=collapsed jatuh:0.05=fell ambles=caved_in jebol:0.6=gave_way',
    unrest: 'massa_membakar=rioters_burned gas_air_mata=tear_gas kerusuhan=riot bentrok*=clashes penjarahan=looting gas_air_mata=tear_gas demonstran:0.5=protesters antihuru=riots melempar_batu:0.5=rioting lempar_batu:0.5=rioting bentrok_dengan_polisi=clashes pentungan:0.5=batons',
    dead: 'tewas=killed meninggal=died korban_jiwa=deaths mati:0.5=dead',
    casualty: 'luka_luka=injured terluka=injured luka@=injured korban=victims hilang=missing terjebak=trapped terjepit=trapped terjebak=trapped',
    eyewitness: 'semua_bergetar=shaking semuanya_bergetar=shaking semua_bergoyang=shaking alarm_mobil=car_alarms kami_sembunyi=hiding kasur_bergoyang=bed_moved di_rak=shelves terdengar_sampai_jauh=heard kaca_bergetar=rattled jendela_bergetar=rattled kaca_jendela_bergetar=rattled terasa=felt jangan_keluar=stay_inside berlarian=people_running jangan_mendekat=stay_away terasa_kuat=felt_strongly saya_dengar=heard terasa=felt saya_lihat=saw ya_allah=omg depan_rumah=outside_my di_sini=here_in aku_sembunyi=hiding goyang=shaking bergoyang=swaying bergetar=rattled barusan=just_now astaga=omg kami_bersembunyi=hiding masih_bergoyang=still_swinging',
    others: 'apa_itu=what_was_that tadi_itu=was_that ada_yang_lain=anyone_else ada_yang_ngerasain=anyone_felt ada_yang_merasakan=anyone_felt ada_yang_dengar=anyone_heard kalian_rasa=did_you_feel kalian_dengar=did_you_hear',
    breaking: 'terkini=breaking darurat=emergency polisi=police',
    figurative: 'harga_sewa=rents wkwk=lol wkwkwk=lol mati_ketawa serangan_jantung serangan_panik kembang_api lagu album film ledakan_penduduk badai_kritik hujan_kritik kepalaku_mau_meledak kepala_mau_meledak kebanjiran_email kebanjiran_pesan laptop laptopku komputer bitcoin kripto rupiah_anjlok harga_bitcoin risiko_kebakaran',
    weak: 'doa donasi',
    rescue: 'evakuasi=evacuation tim_sar=rescue pemadam=firefighters pemadam_kebakaran!=firefighters ambulans=ambulance dievakuasi=evacuated sirene=sirens',
    forecast: 'direncanakan=planned peringatan=warning diperkirakan=expected waspada=warning diprediksi=expected',
    drill: 'simulasi latihan',
    modal: 'bisa_terjadi=could dapat_terjadi=could',
    impact: 'asap_hitam=black_smoke dilalap_api=in_flames dari_rak=fell_off_the_shelves melanda=hits menghantam=hits hancur=destroyed rusak=damaged retak=cracks tumbang=toppled listrik_padam=power_outage mati_lampu=power_outage terendam=submerged pecah=shattered menerbangkan=torn_off roboh=toppled kebanjiran=flooded terendam=flooded dari_atap di_atap atap:0.5 memecahkan awan_debu kepulan_debu menerbangkan=blown_off tercabut=uprooted tumbang=toppled melepaskan_tembakan=opened_fire menikam=stabbed sampai_lutut=water_up_to selutut=water_up_to sepinggang=water_up_to pohon_tumbang=trees_down pohon_roboh=trees_down asap_tebal=thick_smoke',
    water: 'air@=water',
    vehicle: 'kereta pesawat helikopter bus mobil truk kapal kereta_api',
    stale: 'tahun_lalu=years_ago',
    self: 'saya aku kami kita',
    now: 'sekarang baru_saja',
    since: 'sejak',
    agent: 'teroris=terrorist terorisme=terrorism',
  },
  counts: {
    toll: 'jumlah',
    time: 'tahun bulan minggu hari jam menit detik',
    numbers: 'dua=2@ tiga=3 empat=4 enam=6 tujuh=7 delapan=8 sembilan=9 sepuluh=10',
  },
};

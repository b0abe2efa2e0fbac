/**
 * Polish seed lexicon, translated by hand from en.ts (stems carry the case
 * endings: "wybuch*" is wybuchu, wybuchem). Folding drops the accents but
 * keeps ł ("pożar" is pozar, "zginął" zginął). Function words are those no
 * other Latin-script seed writes ("się" folds to German "sie", "że" to Dutch
 * "ze", "są" to Tagalog "sa": left out; so are "w" and "z": "w/" is English
 * "with", "w" Indonesian slang "I"); with the letters ą ę ł ń ś ź ż ć they
 * identify Polish (lang.ts).
 */
import type { Seed } from './types';

export const pl: Seed = {
  lang: 'pl',
  function:
    'boże w we z ze na pod nad przed się że jest są od jak ale tak już tylko przez dla był była było tego jego który która które jednak bardzo mnie też czy gdy kiedy jestem został została zostało oraz lub przy może więc bo jej nie tam wszyscy wszystko',
  terms: {
    structure: 'cały_dom=house całe_mieszkanie=flat fabryka=factory magazyn=warehouse hala=hall most@=bridge kładka=footbridge dach=roof strop@=ceiling budynek=building blok@=building balkon=balcony trybuna=grandstand parking@=car_park hala@=hall rusztowanie=scaffolding dachu=roof dachem=roof budynku=building',
    attack:
      'zastrzel*=shot_dead postrzel*=shot dźgnął=stabbed dźgnięt*=stabbed zadźgał=stabbed nożem:0.6=knife atak_rakietowy=missile_attack atak_dronów=drone_attack ostrzał*:0.6=shelling ' +
      'strzelanin*=shooting strzelec=gunman napastnik*=attacker zamach*=terror_attack zamachowiec_samobójca=suicide_bomber zakładni*=hostage masakr*=massacre ' +
      'nożownik=stabber atak_nożownika=stabbing otworzył_ogień=opened_fire strzały=gunfire atak:0.6@=attack ataku:0.6@=attack ataki:0.6@=attack bomba:0.6=bomb strzelał_do=shot_at strzela_do=shooting_at otworzył_ogień=opened_fire dźgnął=stabbed',
    explosion: 'wyleciało_w_powietrze=blew_up huk:0.5=bang wybuch*=explosion eksplozj*=explosion eksplodował*=exploded hałas:0.05=noise dźwięk:0.05=noise',
    fire: 'pali_się:0.05=burning zapalił_się:0.05=caught_fire zapaliła_się:0.05=caught_fire zapaliło_się:0.05=caught_fire zajął_się_ogniem:0.05=caught_fire stanął_w_płomieniach:0.05=went_up_in_flames stoi_w_ogniu=engulfed pożar*=fire płonie:0.5=burning płomienie=flames spłonął=burned ogień:0.5=fire dym:0.5=smoke płonie=burning podpalili:0.05=set_alight spalone:0.05=burned',
    earthquake: 'wszystko_się_trzęsie:0.5=shaking wszystko_się_trzęsło:0.5=shaking trzęsie:0.05=shaking trzęsło:0.05=shook zatrzęsło:0.05=shook kołysało:0.05=swayed zatrzęsła_się_ziemia:0.5=ground_shook trząsł:0.5=shaking zatrzęsło:0.5=shook kołysał*:0.5=swaying trzęsieni*=earthquake wstrząs*:0.6=tremor wstrząsy_wtórne=aftershock tsunami magnitudzie=magnitude',
    storm: 'huragan*=hurricane tajfun*=typhoon trąba_powietrzna=tornado nawałnic*=storm cyklon*=cyclone burza:0.6=storm burzy:0.6=storm wichur*:0.6=storm wichura=gale gradobicie gradobicia porywy:0.6 drzewa_powalone:0.6 powalone_drzewa:0.6 wiatr:0.05=wind zerwał:0.05=torn_off zerwane:0.05=torn_off zerwał_dach:0.05=roof_off powalił:0.05=toppled wyrwał:0.05=uprooted drzewa:0.05=trees drzewo_spadło:0.05=trees drzewo_przewróciło:0.05=trees przewrócone_drzewa:0.05=trees',
    flood: 'powódź=flood powodzi=flood powodziow*=flood zalane=flooded zalany=flooded zalana=flooded podtopien*=flooded zalane=flooded wylała=overflow wylała_rzeka=overflow pod_wodą wylała wystąpiła_z_brzegów do_kolan:0.5=water_up_to po_kolana:0.5=water_up_to wlewa:0.05=pouring_into jezioro:0.05=lake potok:0.05=torrent rwący:0.05=torrent porwane:0.05=swept_away w_rzeki:0.05=river nurt:0.05=torrent płyną:0.05=floating',
    crash:
      'katastrofa_lotnicza=plane_crash katastrofa_kolejowa=train_crash wykoleił*=derailed zderzeni*=collision zderzył*=collided rozbił_się=crashed wypadek:0.4=accident wypadku:0.4=accident katastrof*:0.5=crash wjechał=crashed zderzenie=collision zderzył*=collided rozbił=crashed rozbił_się=crashed karambol*=pileup wykoleił*=derailed katastrofa_lotnicza=plane_crash przewrócił_się=overturned wykoleił=derailed wykolejenie=derail zjechał_z_drogi=ran_off_the_road wjechała_w=ploughed_into wjechał_w=ploughed_into karambol=pileup autostrad*:0.05=motorway obwodnic*:0.05=ring_road rondzie:0.05=roundabout rondo:0.05@=roundabout skrzyżowani*:0.05=intersection pisk_opon:0.05=screeching dachował*=overturned zmiażdżon*:0.05=pileup czołowo:0.6=head_on zderzyły=collided zderzyły_się=collided',
    collapse: 'zawalenie=collapse zawalił*=collapsed runął=collapsed gruzy=rubble gruzach=rubble gruzów=rubble zawaliło=collapsed zawalił=collapsed runęło=collapsed katastrofa_budowlana=collapse spadł:0.05=fell oderwał_się:0.05=gave_way zapadł:0.6=caved_in zapadł_się=caved_in runęła=collapsed zawaliła=collapsed',
    unrest: 'chuligani=rioters gazem_łzawiącym=tear_gas plądrowan*=looting zamieszki=riots zamieszek=riots grabież*=looting szabr*=looting gaz_łzawiący=tear_gas starcia=clashes godzina_policyjna=curfew protestujący:0.5=protesters demonstranci:0.5=demonstrators oddziały_prewencji=riots rzucają_kamieniami:0.5=rioting rzucali_kamieniami:0.5=rioting starcia_z_policją=clashes armatki_wodne=water_cannon armatek_wodnych=water_cannon pałki:0.5=batons pałek:0.5=batons zamieszkach=riots',
    dead: 'zastrzel*=shot_dead zginął=died zginęła=died zginęło=died zginęli=died zginęły=died zabit*=killed zmarł*=died nie_żyje=dead nie_żyją=dead śmierć=death zgon*=deaths',
    casualty: 'ranny=injured ranni=injured rannych=injured poszkodowan*=injured ofiar*=victims zaginion*=missing pod_gruzami=trapped zakleszczeni=trapped uwięzieni=trapped',
    eyewitness: 'wszystko_się_trzęsie=shaking wszystko_się_trzęsło=shaking alarmy_samochodowe=car_alarms chowamy_się=hiding łóżko_się_ruszało=bed_moved na_półkach=shelves słychać_było_z_kilometrów=heard szyby_zadrżały=rattled okna_zadrżały=rattled zostańcie_w_domu=stay_inside wszyscy_na_ziemię=get_down ludzie_uciekają=people_fleeing ludzie_biegną=people_running wszędzie_dym=smoke_everywhere nie_podchodźcie=stay_away mocno_odczuwalne=felt_strongly odczuwalne=felt wybiegli_na_ulicę=ran_out_into słyszałem=heard słyszałam=heard słyszeliśmy=heard poczułem=felt poczułam=felt poczuliśmy=felt widziałem=saw widziałam=saw widzieliśmy=saw zatrzęsło=shook trzęsło=shaking boże=omg naprzeciwko_mnie=near_my schowałem=hiding schowałam=hiding ukrywamy=hiding trząsł=shaking trzęsie=shaking drżały=rattled kołysała=swaying schowaliśmy_się=hiding ukryliśmy_się=hiding dalej_się_kołysze=still_swinging',
    others: 'to_był=was_that co_to_był=what_was_that ktoś_jeszcze=anyone_else czuliście=did_you_feel słyszeliście=did_you_hear wy_też=you_too',
    breaking: 'pilne=breaking z_ostatniej_chwili=breaking policja=police władze=authorities',
    figurative:
      'zderzenie_z_rzeczywistością czynsze=rents xd@=lol zalany_w_trupa atak_paniki zawał_serca umieram_ze_śmiechu to_jest_bomba to_była_bomba eksplozja_demograficzna wybuch_śmiechu wybuch_emocji fajerwerki piosenka album film gra mecz burza_krytyki fala_krytyki głowa_mi_eksploduje głowa_mi_pęknie skrzynka_jest_zalana zalana_mailami zalany_mailami laptop komputer bitcoin krypto upadek_złotego krach_na_giełdzie zagrożenie_pożarowe ryzyko_pożaru',
    weak: 'modlitwy kondolencje zbiórka',
    rescue: 'ratownic*=rescuers ewakuacj*=evacuation ewakuowan*=evacuated karetk*=ambulance pogotowie=ambulance straż_pożarna!=firefighters straży_pożarnej!=firefighters strażacy=firefighters straż@=firefighters straż_pożarną=firefighters syreny=sirens',
    forecast: 'planowany=planned planowana=planned ostrzeżeni*=warning prognoz*=forecast zbliża_się=approaching spodziewan*=expected zagrożenie=threat prognozowane=forecast spodziewane=expected',
    drill: 'ćwiczenia',
    modal: 'mógłby=could mogłoby=could mogłaby=could mogłyby=could',
    impact: 'stoi_w_ogniu=in_flames czarny_dym=black_smoke gęsty_dym=thick_smoke z_półek=fell_off_the_shelves zniszczon*=destroyed zniszczył*=destroyed uszkodzon*=damage szkody=damage pęknięcia=cracks popękane=cracked zerwała=torn_off powalone=toppled nie_ma_prądu=power_outage pod_wodą=submerged wyleciały_szyby=shattered potłukło=smashed zalane=flooded zalany=flooded zalana=flooded z_dachów potłukło chmura_pyłu zerwał=torn_off zerwane=torn_off zerwał_dach=roof_off powalił=toppled wyrwał=uprooted otworzył_ogień=opened_fire dźgnął=stabbed do_kolan=water_up_to po_kolana=water_up_to drzewo_spadło=trees_down drzewo_przewróciło=trees_down przewrócone_drzewa=trees_down wybite_szyby=smashed wybite_witryny=smashed pył_wszędzie=dust_cloud chmura_pyłu=dust_cloud gęsty_dym=thick_smoke',
    water: 'woda=water wody=water wodę=water',
    vehicle: 'pociąg samolot śmigłowiec helikopter autobus samochód ciężarówka statek prom@ samochody auta pociągi',
    stale: 'rocznic*=anniversary lat_temu=years_ago lata_temu=years_ago rok_temu=year_ago',
    self: 'mój moja moje',
    now: 'teraz właśnie przed_chwilą',
    since: 'od',
    agent: 'terrorys*=terrorist terroryzm*=terrorism',
  },
  counts: {
    toll: 'liczba bilans',
    dead: 'ofiar ofiary',
    time: 'rok roku lata lat latach miesiąc miesiące miesięcy tydzień tygodnie tygodni dzień dni godzina godziny godzin minuta minuty minut sekunda sekundy sekund',
    numbers: 'dwa=2 dwie=2 dwóch=2 trzy=3 trzech=3 cztery=4 czterech=4 pięć=5 pięciu=5 sześć=6 siedem=7 osiem=8 dziewięć=9 dziesięć=10 dwanaście=12 dwadzieścia=20',
  },
};

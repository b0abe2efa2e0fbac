/** English seed lexicon: the source the other languages' seeds are translated from. */
import type { Seed } from './types';

export const en: Seed = {
  lang: 'en',
  function:
    'the a an and of to in is are was were be been this that it on for with at by from as not but what all just my your you we they he she his her our their have has had will would can could do does did there here now so if about after before up out no more very who how why when where which i me im dont its',
  terms: {
    structure: 'whole_house=house whole_flat=flat whole_apartment=flat factory warehouse bridge bridges footbridge overpass flyover roof roofs ceiling building balcony grandstand car_park parking_garage scaffolding tower_block block_of_flats',
    attack:
      'airstrike airstrikes air_strike air_strikes missile_strike missile_strikes missile_attack missile_attacks rocket_attack rocket_attacks drone_strike drone_strikes drone_attack drone_attacks shelling:0.6 ' +
      'shooting shootings shooter shooters gunman gunmen gunfire gunshot* shots_fired active_shooter opened_fire open_fire opens_fire mass_shooting school_shooting ' +
      'bombing bombings bomber bombers terror* suicide_bomber stabbing stabbed stabbings stabber massacre hostage* car_bomb pipe_bomb ied gunned_down assailant* sniper ' +
      'bomb:0.6 bombs:0.6 bombed:0.6 attack:0.6 attacked:0.6 attacks:0.6 attacker:0.6 attackers:0.6 shot_dead:0.6 killed_by:0.6 shooting_at:0.6 fired_at:0.6 fired_on:0.6 opened_fire_on',
    explosion: 'loud_bang huge_bang windows_blew_out:0.5 blew_out_the_windows:0.5 explosion explosions explode exploded explodes exploding blast blasts detonation detonated blew_up noise:0.05 sound:0.05=noise',
    fire:
      'engulfed_in_flames went_up_in_flames wildfire wildfires bushfire bushfires blaze blazes inferno arson forest_fire house_fire caught_fire engulfed flames ' +
      'on_fire:0.5 fire:0.5 fires:0.5 burning:0.5 burned:0.5 burnt:0.5 smoke:0.5 set_fire_to:0.05=set_alight set_alight:0.05=set_alight torched:0.05=set_alight',
    earthquake: 'everything_is_shaking:0.5=shaking everything_was_shaking:0.5=shaking everything_shook:0.5=shaking swaying:0.05 shaking:0.05 shook:0.05 wobbling:0.05 trembling:0.05 the_ground_shook:0.5 ground_shook:0.5 ground_shaking:0.5 ground_was_shaking:0.5 building_shook:0.5 building_was_shaking:0.5 house_shook:0.5 swayed:0.5 earthquake* quake quakes tremor tremors seismic aftershock* tsunami epicenter epicentre magnitude',
    storm:
      'hurricane* typhoon* cyclone* tornado* landfall superstorm tropical_storm storm_surge twister storm:0.6 storms:0.6 winds:0.6 gale:0.6 gales:0.6 hail:0.6 hailstorm* hailstone* hail:0.6 gusts:0.6 gust:0.6 trees_down:0.6 fallen_trees:0.6 uprooted:0.4 wind:0.05 windstorm roof_off:0.05 roofs_off:0.05 torn_off:0.05 ripped_off:0.05 blown_off:0.05 tore_off:0.05 toppled:0.05 trees:0.05=trees tree_fell:0.05=trees tree_came_down:0.05=trees tree_fell_on:0.05=trees',
    flood: 'flood floods flooding flooded floodwater* flash_flood inundated inundation deluge overflow* under_water underwater burst_its_banks burst_their_banks burst_banks water_up_to:0.6 up_to_our_knees:0.5=water_up_to up_to_the_knees:0.5=water_up_to knee_deep:0.5=water_up_to waist_deep:0.5=water_up_to coming_into:0.05 pouring_into:0.05 pouring_in:0.05 lake:0.05 torrent:0.05 floating:0.05 swept_away:0.05 a_river:0.05=river into_rivers:0.05=river rivers:0.05=river by_the_current:0.05=torrent ground_floor:0.05',
    crash:
      'crash crashes crashed derail* collision collided plane_crash train_crash helicopter_crash head_on pileup capsized accident:0.4 accidents:0.4 overturned ran_off_the_road went_off_the_road ploughed_into plowed_into pile_up plane_went_down plane_came_down flipped_over=overturned car_flipped=overturned motorway:0.05 highway:0.05 freeway:0.05 ring_road:0.05=motorway roundabout:0.05 intersection:0.05 junction:0.05 screeching_tyres:0.05=screeching screeching_tires:0.05=screeching screeching_brakes:0.05=screeching cars_piled_up:0.05=pileup collided_head_on=head_on',
    collapse: 'collapse collapsed collapses collapsing caved_in cave_in rubble gave_way:0.6 fell:0.05 fell_in:0.05 fell_into:0.05 came_down:0.05 crumbled:0.6 came_crashing_down:0.6',
    unrest:
      'riot riots rioting rioters looting looters tear_gas teargas clashes unrest curfew molotov* water_cannon rubber_bullets ' +
      'police_shooting!:0.6 protest:0.5 protests:0.5 protesters:0.5 protestors:0.5 demonstrators:0.5 demonstration:0.4 riot_police=riots stone_throwing=rioting throwing_stones:0.5=rioting threw_stones:0.5=rioting clashes_with_police=clashes running_battles=clashes police_charging:0.5=clashes police_charged:0.5=clashes batons:0.5=batons',
    dead: 'dead killed killing deaths death_toll died dies fatalities fatality bodies',
    casualty: 'casualties casualty injured injuries wounded victims trapped missing hurt',
    eyewitness:
      'everything_is_shaking=shaking everything_was_shaking=shaking everything_shook=shaking car_alarms=car_alarms bed_was_moving=bed_moved bed_moved=bed_moved on_the_shelves=shelves heard_for_miles=heard heard_miles_away=heard we_are_hiding=hiding windows_rattled=rattled windows_shook=rattled windows_were_rattling=rattled windows_are_rattling=rattled stay_inside stay_indoors get_down everyone_down people_running people_screaming smoke_everywhere felt_strongly strongly_felt ran_out_into just_felt i_heard we_heard heard_a i_saw we_saw just_saw could_see=saw could_hear=heard could_feel=felt could_smell=smelled felt_it felt_that felt_the felt_an did_you_feel outside_my near_my my_house my_building here_in right_now just_now omg oh_my holy_shit wtf run scared shaking shook still_swinging=still_swinging',
    others: 'was_that what_was_that anyone_else anybody_else did_you_feel did_you_hear feel_that hear_that',
    breaking: 'breaking urgent alert developing just_in update reports reported reporting authorities police sheriff officials confirmed',
    figurative:
      'clash_with_reality rents prices like_a literally lol lmao haha hahaha mixtape album song movie game exam test crush lit af bae gonna wanna jk my_phone notifications instagram snapchat playlist homework ' +
      'killing_it killin_it killed_it bombed_my bombed_the dropped_the dies_of dying_of dying_laughing dead_af im_dead ' +
      'heart_attack panic_attack anxiety_attack asthma_attack personal_attack personal_attacks population_explosion shooting_star shooting_stars photo_shoot shooting_guard ' +
      'da_bomb bath_bomb photo_bomb f_bomb im_on_fire shes_on_fire hes_on_fire youre_on_fire crash_course crash_diet market_crash stock_market_crash economic_collapse phone_blew_up inbox_exploded storm_of_criticism storm_of_protest head_is_about_to_explode head_exploding head_will_explode inbox_is_flooded inbox_flooded flooded_with_emails flooded_with_messages laptop computer bitcoin crypto collapse_of_the_pound collapse_of_the_euro collapse_of_the_dollar fire_risk fire_danger wildfire_risk fell_asleep fall_asleep fell_in_love fell_for fell_apart inundated_with flooded_with',
    weak: 'remember remembering prayers pray praying donate donation donations relief fundraiser movie trailer insurance tips preparedness drill',
    rescue: 'fire_brigade! fire_department! fire_station! fire_service! fire_crews! fire_crew! fire_fighters! rescue rescuers evacuated evacuation evacuate ambulance ambulances paramedics firefighters emergency sirens first_responders',
    forecast:
      'planned planning called_for nears nearing approaching approaches approach braces bracing brace expected forecast forecasts warning warnings watch could may might possible likely threat track tracking prepare preparing heading',
    drill: 'drill drills simulation simulated training_exercise emergency_exercise military_exercise',
    modal: 'could might would someday could_happen',
    impact:
      'black_smoke thick_smoke fell_off_the_shelves ran_out_into_the_street landfall hits hit slams slammed lashes lashed pounds pounded batters battered struck strikes destroyed damaged damage flattened devastated submerged toppled uprooted ravaged swept smashed shattered on_rooftops from_rooftops on_roofs from_roofs rooftops:0.5 trees_down power_out power_is_out cloud_of_dust dust_cloud roof_off roofs_off torn_off ripped_off blown_off tore_off toppled up_to_our_knees=water_up_to up_to_the_knees=water_up_to knee_deep=water_up_to waist_deep=water_up_to tree_fell=trees_down tree_came_down=trees_down smashing_windows=smashed smashed_windows=smashed dust_everywhere=dust_cloud',
    water: 'water',
    vehicle: 'train plane helicopter bus car truck ferry boat ship aircraft jet flight',
    stale: 'years_ago year_ago decades_ago anniversary on_this_day onthisday throwback tbt',
    self: 'i im ive we my our me us',
    now: 'now right_now currently happening ongoing live',
    since: 'since',
    agent: 'terrorist* terrorism',
  },
  counts: {
    toll: 'toll tally count number',
    time: 'year years yr yrs month months week weeks day days hour hours hr hrs minute minutes min mins second seconds sec secs decade decades',
    numbers: 'two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12 twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90',
  },
};

/** Chinese seed lexicon (simplified, a few traditional forms), translated by hand from en.ts; Han runs are matched by substring, longest first. */
import type { Seed } from './types';

export const zh: Seed = {
  lang: 'zh',
  function: '',
  terms: {
    structure: '整个房子=house 整栋楼=building 工厂=factory 仓库=warehouse 桥=bridge 天桥=footbridge 屋顶=roof 天花板=ceiling 大楼=building 居民楼=building 阳台=balcony 看台=grandstand 停车场=car_park 体育馆=hall',
    attack:
      '枪杀=shot_dead 中枪=shot 刺伤=stabbed 捅伤=stabbed 空袭=airstrike 空襲=airstrike 导弹袭击=missile_attack 无人机袭击=drone_attack 炮击:0.6=shelling ' +
      '枪击=shooting 槍擊=shooting 开枪=opened_fire 恐怖袭击=terror_attack 恐袭=terror_attack 爆炸袭击=bombing 自杀式=suicide_bomber 持刀=stabbing 砍人=stabbing 人质=hostage 屠杀=massacre 枪手=gunman 袭击:0.6=attack 炸弹:0.6=bomb 枪声=gunshots 枪击=shooting 开枪=opened_fire 枪击=shooting 捅伤=stabbed 持刀=stabbed',
    explosion: '炸了:0.6=blew_up 巨响:0.5=bang 爆炸=explosion 爆燃=explosion 响声:0.05=noise 声音:0.05=noise',
    fire: '烧起来:0.05=burning 着火了:0.05=caught_fire 陷入火海=engulfed 火灾=fire 火災=fire 大火=blaze 起火=fire 着火=fire 失火=fire 山火=wildfire 浓烟:0.5=smoke 火焰=flames 火苗=flames 纵火:0.6=arson 烧车:0.05=set_alight',
    earthquake: '全都在晃:0.5=shaking 东西都在晃:0.5=shaking 摇晃:0.05=shaking 晃动:0.05=shaking 地面晃:0.5=ground_shook 在晃:0.5=shaking 晃了:0.5=shaking 地震=earthquake 震级=magnitude 余震=aftershock 海啸=tsunami 震感=shaking 强震=earthquake',
    storm: '台风=typhoon 颱風=typhoon 飓风=hurricane 龙卷风=tornado 暴风=storm 风暴:0.6=storm 冰雹:0.6 大风:0.6 树倒了:0.6 风:0.05=wind 狂风:0.6=gale 掀翻:0.05=roof_off 掀掉:0.05=roof_off 刮倒:0.05=toppled 连根拔起:0.05=uprooted 树:0.05=trees 树倒了:0.05=trees 被树砸:0.05=trees',
    flood: '洪水=flood 洪灾=flood 水灾=flood 内涝=flooding 淹没=inundated 淹了=flooded 进水=flooded 漫出来=overflow 到膝盖:0.5=water_up_to 齐膝:0.5=water_up_to 进水:0.05=coming_into 湖:0.05=lake 急流:0.05=torrent 冲走:0.05=swept_away 变成了河:0.05=river 变成了湖:0.05=lake 路上漂:0.05=floating',
    crash: '车祸=crash 坠毁=crash 相撞=collision 脱轨=derail 空难=plane_crash 事故:0.5=accident 撞上=crashed 相撞=collision 连环车祸=pileup 侧翻=overturned 坠毁=crash 侧翻=overturned 脱轨=derailed 翻车=overturned 高速:0.05=motorway 环岛:0.05=roundabout 路口:0.05=intersection 刹车声:0.05=screeching 翻车=overturned 撞成一团=pileup',
    collapse: '倒塌=collapse 坍塌=collapse 垮塌=collapse 废墟=rubble 倒塌=collapse 垮塌=collapse 坍塌=collapse 塌了:0.6=collapsed 塌下来:0.6=collapsed 掉进:0.05=fell 掉下:0.05=fell',
    unrest: '哄抢=looting 暴乱=riot 骚乱=riot 催泪弹=tear_gas 抢劫=looting 宵禁=curfew 冲突:0.5=clashes 抗议者:0.5=protesters 示威者:0.5=protesters 防暴警察=riots 扔石头:0.5=rioting 警民冲突=clashes 水炮=water_cannon 警棍:0.5=batons',
    dead: '死亡=dead 遇难=killed 丧生=killed 罹难=killed 死者=dead',
    water: '水=water',
    casualty: '受伤=injured 伤者=injured 伤亡=casualties 失踪=missing 被困=trapped 被困=trapped',
    eyewitness: '全都在晃=shaking 东西都在晃=shaking 汽车警报=car_alarms 躲在=hiding 床在晃=bed_moved 床都在晃=bed_moved 架子上=shelves 窗户都在震=rattled 窗户在震=rattled 窗户震=rattled 别出门=stay_inside 不要出门=stay_inside 快趴下=get_down 人们在逃=people_fleeing 到处是烟=smoke_everywhere 别靠近=stay_away 震感强烈=felt_strongly 跑到街上=ran_out_into 我听到=heard 感觉到=felt 吓死=scared 天哪=omg 我的天=omg 晃了=shaking 在晃=shaking 在摇=swaying 对面=near_my 躲在=hiding 刚才=just_now 躲进=hiding',
    others: '刚才是=was_that 刚才那=what_was_that 你们感觉到=did_you_feel 有人感觉到=anyone_felt 还有人=anyone_else 你们听到=did_you_hear 有人听到=anyone_heard',
    breaking: '突发=breaking 快讯=breaking 紧急=urgent 警方=police 官方=officials',
    figurative: '哈哈=lol 笑死 人口爆炸 爆红 爆款 心脏病发作 恐慌发作 这首歌 专辑 电影 批评风暴 舆论风暴 脑袋要爆炸 头要爆炸 邮箱被 邮件淹没 电脑 比特币 股市暴跌 火险 塌房',
    rescue: '救援=rescue 疏散=evacuation 撤离=evacuation 救护车=ambulance 消防=firefighters 警笛=sirens',
    forecast: '预警=warning 警报=warning 预计=expected 逼近=approaching 预报=forecast 预警=warning',
    drill: '演练 演习',
    modal: '可能会=could 或将=could 可能发生=could',
    impact: '陷入火海=in_flames 黑烟=black_smoke 登陆=landfall 损毁=damaged 摧毁=destroyed 裂缝=cracks 倒了=toppled 停电=power_outage 碎了=shattered 掀了=torn_off 被淹=submerged 被淹=flooded 进水=flooded 屋顶上 砸碎 尘土飞扬 掀翻=roof_off 掀掉=roof_off 刮倒=toppled 连根拔起=uprooted 开枪=opened_fire 捅伤=stabbed 到膝盖=water_up_to 齐膝=water_up_to 树倒了=trees_down 被树砸=trees_down 浓烟滚滚=thick_smoke',
    vehicle: '火车 列车 飞机 直升机 公交 汽车 卡车',
    stale: '周年=anniversary 年前=years_ago',
    now: '现在 刚刚',
    self: '我们',
  },
  counts: {
    toll: '',
    time: '年 个月 月 周 天 日 小时 分钟 秒',
  },
};

"""The texts of the sample dossiers: one 情况说明 per indicator, written for it, and the plan's free text.

Used by ``tools/make_examples.py``.  Placeholders are the city's context
({city}, {population}, {stations}, {per10k}, {policy}, …) and its figures (the
indicator field ids, e.g. {special_funds}); each text says what that indicator
asks, with the city's own numbers, names and years.
"""

NARRATIVES = {
    "policy.special.national_strategy": (
        "{city}将制造强国、网络强国和数字中国建设纳入国民经济和社会发展第十四个五年规划纲要，"
        "2022年起每年将“5G+工业互联网”列入市政府工作报告重点任务，并与{province}“5G+工业互联网”发展规划逐项衔接，"
        "明确到2026年重点行业规模以上企业5G应用全覆盖的目标。"),
    "policy.special.special_policies": (
        "{city}已出台{policy}等支持“5G+工业互联网”发展的专项政策文件，从网络建设、应用场景、5G工厂、"
        "公共服务和人才引育五个方面提出具体支持措施，2023年累计兑现支持项目{supported_projects}个。"),
    "policy.funding.special_funds": (
        "市级财政设立“5G+工业互联网”专项资金{special_funds}万元，带动区县和企业配套资金{matching_funds}万元，"
        "重点支持5G工业专网、5G全连接工厂和典型应用场景建设，已支持项目{supported_projects}个，资金按季度拨付并开展绩效评价。"),
    "policy.finance.products_and_funds": (
        "{city}设立规模{guidance_fund}亿元的数字经济产业引导基金，联合驻地银行推出“5G+工业互联网”专项金融产品和服务"
        "{financial_products}项，2023年帮助企业获得融资{financing_amount}亿元，对5G工厂改造项目给予贷款贴息。"),
    "policy.other.regional_policies": (
        "结合{industries}等主导产业集聚的特点，{city}对产业链“链主”企业牵头建设的5G行业虚拟专网给予网络资费补贴，"
        "对带动上下游企业协同改造的项目按投资额给予奖励。"),
    "infrastructure.private_network.coverage": (
        "截至2024年2月底，{city}累计建成5G基站{stations}个，常住人口{population}人，每万人拥有5G基站数{per10k}个，"
        "重点工业园区、产业集聚区5G网络实现连续覆盖，规模以上工业企业厂区覆盖率超过90%。"),
    "infrastructure.private_network.platform_projects": (
        "在“5G+工业互联网”发展管理平台中，{city}已申报建成项目{built_projects}个、在建项目{building_projects}个，"
        "覆盖{industries}等行业，项目信息按季度更新。"),
    "infrastructure.private_network.network_quality": (
        "{city}已建成虚拟、混合和独立等类型5G工业专网{private_networks}张，{covered_factories}家工厂实现车间级以上5G深度覆盖，"
        "上行速率和时延满足机器视觉质检、远程设备操控等场景要求，并建立专网质量季度测评机制。"),
    "infrastructure.operation_model.exploration": (
        "{city}探索“运营商建网、园区运营、企业按需使用”的共建共享模式，由基础电信企业与园区平台公司共同运营行业虚拟专网，"
        "中小企业按切片和带宽按月付费，降低了企业一次性投入。"),
    "infrastructure.other.edge_computing": (
        "{city}已部署边缘计算节点{edge_nodes}个，其中园区级节点与企业级节点协同调度，"
        "为工业视觉、设备预测维护等时延敏感业务提供本地算力。"),
    "infrastructure.other.equipment_upgrade": (
        "{city}实施传统设备网络化改造行动，已有{upgraded_enterprises}家企业完成{upgraded_equipment}台（套）设备的联网改造，"
        "设备数据接入工业互联网平台，实现运行状态实时监测。"),
    "infrastructure.other.new_industrial_networks": (
        "{city}已有{deploying_enterprises}家企业部署TSN、PON、IPv6等新型工业网络，在汽车、电子等行业开展5G与TSN融合试点，"
        "推动生产控制网络扁平化。"),
    "infrastructure.other.regional_infrastructure": (
        "依托{river}的数据中心集群，{city}建成工业互联网标识解析二级节点两个，标识注册量和解析量持续增长，"
        "为产业链上下游数据互通提供支撑。"),
    "application.leading_industries.cultivation": (
        "{city}重点培育{industries}等{leading_industries}个主导产业，已有{applying_enterprises}家企业应用“5G+工业互联网”，"
        "按行业编制应用指南，分批组织现场观摩。"),
    "application.innovation.scenarios": (
        "{city}已有{factories}家工厂具备10个以上工业和信息化部发布的“5G+工业互联网”典型应用场景，"
        "机器视觉质检、设备故障诊断、厂区智能物流等场景应用最为普遍，各工厂场景清单和现场照片见证明材料。"),
    "application.fiveg_factory.selected": (
        "{city}共有{listed}个项目入选工业和信息化部2023年5G工厂名录，{pilot}个项目入选工业互联网试点示范（5G工厂方向），"
        "覆盖产线级、车间级和工厂级三个层级。"),
    "application.replication.models": (
        "{city}总结形成可复制推广的解决方案{replicable_solutions}个，由解决方案服务商打包为“小快轻准”产品，"
        "面向中小企业推广，平均改造周期缩短至3个月。"),
    "application.security.assurance": (
        "{city}推动{graded_enterprises}家企业开展工业互联网安全分类分级管理，建立5G专网安全监测平台，"
        "定期组织安全检查和应急演练。"),
    "application.other.regional_applications": (
        "围绕{industries}产业链协同，{city}推动链主企业与配套企业共享5G专网和工业互联网平台，形成跨企业协同制造的区域特色。"),
    "ecosystem.innovation.standards": (
        "{city}企业主导或参与制定相关国际标准{international}项、国家标准{national}项、行业标准{industry}项，"
        "涉及5G工业终端、工业互联网平台和数据采集等领域。"),
    "ecosystem.innovation.ip": (
        "{city}企业拥有5G和工业互联网相关发明专利{invention_patents}件、软件著作权等其他知识产权{other_ip}件，"
        "专利转化运用率逐年提高。"),
    "ecosystem.supply_chain.enterprises": (
        "{city}现有规模以上制造业企业{above_scale}家，其中专精特新“小巨人”企业{little_giants}家、"
        "制造业单项冠军企业{single_champions}家。"),
    "ecosystem.supply_chain.terminals": (
        "{city}5G工业模组与融合终端应用数量达到{terminals}台（套），本地企业已量产5G工业网关和工业相机，"
        "终端价格较2021年下降约四成。"),
    "ecosystem.supply_chain.solution_providers": (
        "{city}拥有提供“5G+工业互联网”产品或解决方案的高新技术企业{providers}家，涵盖网络、平台、安全和行业解决方案。"),
    "ecosystem.national_demo.titles": (
        "{city}已获得工业互联网试点示范项目、国家新型工业化产业示范基地、国家产融合作试点城市等{titles}项部级及以上相关称号，"
        "各称号的授予部门、年度和批复文件见证明材料。"),
    "ecosystem.clustering.employment_investment": (
        "“5G+工业互联网”相关产业带动就业{jobs}人，2023年招商引资{investment}亿元，引进网络设备、工业软件等项目，"
        "产业资源加快向园区集聚。"),
    "ecosystem.socioeconomic.contribution": (
        "2023年{city}“5G+工业互联网”相关产业规模达到{industry_scale}亿元，应用企业平均生产效率提升约两成、"
        "产品不良率下降约三成。"),
    "ecosystem.other.regional_ecosystem": (
        "{city}成立“5G+工业互联网”产业联盟，吸纳运营商、设备商、高校和应用企业共同开展技术攻关和供需对接。"),
    "public_service.talent.national_programs": (
        "{city}引进和培育国家人才计划入选者{national_talents}人，集中在工业软件、智能制造和通信网络领域。"),
    "public_service.talent.skilled_workers": (
        "{city}依托职业院校和龙头企业培育高水平技术技能人才{skilled_workers}人，开展5G网络运维、工业数据分析等职业技能等级认定。"),
    "public_service.talent.training_bases": (
        "{city}已搭建现代产业学院、校企协同育人示范基地和实训基地等载体{bases}个，每年开展“5G+工业互联网”专题培训。"),
    "public_service.industry_services.capabilities": (
        "{city}建成产业监测、测试验证、供需对接等公共服务平台{service_platforms}个，为中小企业提供免费诊断和测试验证服务。"),
    "public_service.industry_services.security": (
        "{city}建立工业互联网安全态势感知平台，与通信管理局建立安全事件通报机制，重点企业实现安全监测全覆盖。"),
    "public_service.transfer.mechanism": (
        "{city}出台科技成果转化收益分配办法，高校和科研院所5G相关成果可由科研人员持股转化，建立成果转化对接平台。"),
    "public_service.transfer.ip_protection": (
        "{city}设立知识产权保护中心，为“5G+工业互联网”领域专利提供快速预审和维权援助服务。"),
    "public_service.other.regional_services": (
        "{city}在产业园区设立“5G+工业互联网”服务驿站，为企业提供政策咨询、网络接入和解决方案对接的一站式服务。"),
    "site_visit.preparation.readiness": (
        "{city}成立由{leader}任组长的先导区试点建设领导小组，工业和信息化、发展改革、财政、通信管理等部门为成员单位，"
        "建立月调度、季通报机制，产业基础、组织策划和推进安排详见证明材料。"),
}

PLAN_TEXTS = {
    "overview": ("{city}位于{river}，常住人口{population}人，制造业以{industries}为主导。"
                 "本方案按照《“5G+工业互联网”融合应用先导区试点评审指标（2023年版）》逐项列明现有基础条件，并制定试点期分年度目标。"),
    "tasks.policy": "完善专项政策体系，用好“5G+工业互联网”专项资金，扩大产业引导基金和专项金融产品对5G工厂改造的支持。",
    "tasks.infrastructure": "新建5G基站并推进重点园区5G深度覆盖，扩大5G工业专网和边缘计算节点部署，推进传统设备网络化改造。",
    "tasks.application": "聚焦{industries}等主导产业，每年新增具备10个以上典型应用场景的工厂，推动更多项目入选5G工厂名录。",
    "tasks.ecosystem": "支持企业主导制定标准、申请专利，培育专精特新企业和解决方案服务商，争取更多部级及以上相关称号。",
    "tasks.public_service": "扩大人才培养载体，完善公共服务平台和安全保障体系，健全成果转化和知识产权保护机制。",
    "safeguards": "由{leader}任组长的领导小组统筹推进，建立月调度、季通报、年评估机制，强化资金、用地和人才保障。",
}

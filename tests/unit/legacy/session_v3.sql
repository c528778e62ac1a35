BEGIN TRANSACTION;
CREATE TABLE archive_case (
	id VARCHAR NOT NULL, 
	session_label VARCHAR NOT NULL, 
	year INTEGER NOT NULL, 
	case_no VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	category VARCHAR NOT NULL, 
	proposer VARCHAR NOT NULL, 
	summary TEXT NOT NULL, 
	lead_unit VARCHAR NOT NULL, 
	joint_units JSON NOT NULL, 
	lead_unit_id VARCHAR, 
	joint_unit_ids JSON NOT NULL, 
	mode VARCHAR NOT NULL, 
	merge_group VARCHAR NOT NULL, 
	present BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(lead_unit_id) REFERENCES unit (id)
);
INSERT INTO "archive_case" VALUES('a0dd07fa407a4','十三届五次',2021,'第0001号','关于着力支持企业建设海外仓的提案','经济建设','张颖','建议：一是建设跨境电商产业园，集聚服务资源；二是支持企业布局海外仓，给予租金补贴；三是将海外仓纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效；四是学习宁波等地在跨境电商方面的成功做法，结合我市实际探索创新。','市商务局','[]','u83aff68d586b','[]','lead','',1);
INSERT INTO "archive_case" VALUES('aacf6e7af463d','十四届一次',2022,'第0001号','关于加强民营经济人士队伍建设的提案','政治建设','段文华','建议：一是开展“同心”系列活动；二是建设新的社会阶层人士实践创新基地；三是建议由有关部门牵头，会同相关部门建立联席会议制度，定期研究解决民营经济人士队伍建设中的重点难点问题；四是学习南京等地在党外人士方面的成功做法，结合我市实际探索创新。','中共江川市委统一战线工作部','["市民族宗教事务局"]','ucf40336e89b6','["ud7f200fe1a95"]','lead','',1);
INSERT INTO "archive_case" VALUES('a9565c98876f1','十四届一次',2022,'第0002号','关于推动数字经济和实体经济深度融合的提案','经济建设','市政协农业和农村委员会','建议：一是引进培育数字经济龙头企业和平台企业；二是出台公共数据授权运营管理办法，开放一批高价值数据集；三是建设城市算力中心，发放算力券降低企业成本；四是加强公共数据相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。','市工业和信息化局','[]','u7e9004c31eee','[]','lead','',1);
INSERT INTO "archive_case" VALUES('a27e6489a7701','十四届二次',2023,'第0001号','关于重视我市义务教育“双减”问题的提案','社会建设','杨秀瑶','建议：一是引入体育、艺术、科技等优质资源丰富课后服务内容；二是建立校外培训联合执法机制，严查隐形变异培训；三是加强作业设计研究，提升作业质量；四是将义务教育“双减”纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。','市教育局','["市市场监督管理局"]','u064031acc20d','["u13d04ece00b1"]','lead','',1);
INSERT INTO "archive_case" VALUES('a8e4a49f6a8c5','十四届二次',2023,'第0002号','关于切实推进快递进村的提案','经济建设','张浩林','建议：一是推进客货邮融合发展，整合农村物流站点；二是开展农村电商人才培训，培育一批“新农人”；三是运用大数据、物联网等信息化手段，提升县域商业体系的精细化、智能化管理水平；四是将县域商业体系纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。','市农业农村局','["市商务局"]','u265903ed7a7c','["u83aff68d586b"]','lead','',1);
INSERT INTO "archive_case" VALUES('aa46d4f3ca0ba','十四届二次',2023,'第0003号','关于以系统思维推进社区嵌入式养老服务设施建设的提案','社会建设','王振伟','建议：一是按照常住老年人口规模配建社区养老服务设施，并纳入规划验收；二是推动社区卫生服务中心与养老机构签约合作，发展医养结合服务；三是推广“中央厨房+社区配送”助餐模式，引导社会力量参与；四是加强失能老人相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。','市民政局','["市医疗保障局", "市财政局"]','uab0ea4add7d0','["u8045fa37ef8c", "u80014cfabd66"]','lead','',1);
INSERT INTO "archive_case" VALUES('a5130b5f60c47','十四届三次',2024,'第0001号','关于完善政府性融资担保体系的提案','经济建设','邹凯','建议：一是将普惠贷款投放情况纳入金融机构考核评价；二是设立中小企业应急转贷资金池，缓解续贷压力；三是学习杭州等地在融资担保方面的成功做法，结合我市实际探索创新；四是将中小微企业融资服务纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。','市地方金融管理局','["中国人民银行江川市分行", "江川银保监分局"]','u60c1bdfd65ab','["u31e9a97eb7a8", "ub81977564b82"]','lead','',1);
INSERT INTO "archive_case" VALUES('ab6d34c9186fb','十四届三次',2024,'第0002号','关于以系统思维支持民营企业参与重大项目建设的提案','经济建设','陈思燕','建议：一是实施新生代企业家“薪火传承”培养计划；二是建立政府领导联系民营企业制度；三是定期向民间资本推介重大项目清单；四是学习厦门等地在企业家方面的成功做法，结合我市实际探索创新；五是充分利用报刊、电视、网络等媒体，广泛宣传企业家相关政策，营造全社会共同关注的良好氛围。','市工商业联合会','["统战部", "市工业和信息化局", "市发展和改革委员会"]','u15ec784cdd64','["ucf40336e89b6", "u7e9004c31eee", "ufe7968ee0642"]','lead','',1);
INSERT INTO "archive_case" VALUES('aa836df0031ea','十四届三次',2024,'第0003号','关于推进老化燃气管道更新改造助力提升群众获得感幸福感的提案','社会建设','市政协农业和农村委员会','建议：一是加快老化燃气管道更新改造；二是开展燃气安全入户检查；三是推行瓶装液化气“一瓶一码”全程追溯；四是将燃气安全纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效；五是将燃气安全相关经费纳入年度财政预算，建立稳定增长的投入保障机制，积极引导社会资本参与。','市住房和城乡建设局','["江川市消防救援支队", "市市场监督管理局"]','u32af4c2962d5','["uf1cd80f49fec", "u13d04ece00b1"]','lead','',1);
INSERT INTO "archive_case" VALUES('a238a7ca91737','十四届四次',2025,'第0001号','关于着力加强红色文化资源保护利用的建议','文化建设','唐刚','建议：一是开展红色资源普查，建立数据库；二是运用数字技术提升展陈水平；三是开发红色研学线路；四是加强红色资源相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍；五是充分利用报刊、电视、网络等媒体，广泛宣传红色资源相关政策，营造全社会共同关注的良好氛围。','市文化广电旅游局','["中共江川市委宣传部", "市退役军人事务局"]','u8dff5c9d11f4','["ud69be6acd088", "u399f056c7df3"]','lead','',1);
INSERT INTO "archive_case" VALUES('a6a1e3798df5a','十四届四次',2025,'第0002号','关于缩小城乡校际教育差距的提案','社会建设','张美萍','建议：一是完善教师交流轮岗激励机制；二是将学校建设纳入新建小区配套同步规划建设；三是实施乡村学校办学条件提升工程；四是将集团化办学纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效；五是加强乡村学校相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。','市教育局','["市自然资源和规划局"]','u064031acc20d','["u303bfccb09e2"]','lead','',1);
INSERT INTO "archive_case" VALUES('a3cae6a2dfbe4','十四届四次',2025,'第0003号','关于加强智能建造工作的提案','经济建设','何华','建议：一是支持本地建筑企业资质升级和联合投标；二是开展智能建造试点项目；三是落实装配式建筑容积率奖励政策；四是将智能建造纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效；五是学习深圳等地在智能建造方面的成功做法，结合我市实际探索创新。','市发展和改革委员会','["市财政局", "市住房和城乡建设局"]','ufe7968ee0642','["u80014cfabd66", "u32af4c2962d5"]','lead','',1);
CREATE TABLE assignment (
	id VARCHAR NOT NULL, 
	proposal_id VARCHAR NOT NULL, 
	unit_id VARCHAR NOT NULL, 
	role VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	present BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(proposal_id) REFERENCES proposal (id), 
	FOREIGN KEY(unit_id) REFERENCES unit (id)
);
INSERT INTO "assignment" VALUES('p15e7851fb214/u/uab0ea4add7d0','p15e7851fb214','uab0ea4add7d0','lead',0,1);
INSERT INTO "assignment" VALUES('p15e7851fb214/u/u80014cfabd66','p15e7851fb214','u80014cfabd66','joint',1,1);
CREATE TABLE category (
	id VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	active BOOLEAN NOT NULL, 
	present BOOLEAN NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "category" VALUES('c716b989302fa','经济建设',0,1,1);
INSERT INTO "category" VALUES('c10cb23bde364','政治建设',1,1,1);
INSERT INTO "category" VALUES('c18b9a43118ab','文化建设',2,1,1);
INSERT INTO "category" VALUES('ca106ef49aa19','社会建设',3,1,1);
INSERT INTO "category" VALUES('ca27a03316d4a','生态文明建设',4,1,1);
CREATE TABLE change (
	id VARCHAR NOT NULL, 
	device VARCHAR NOT NULL, 
	seq INTEGER NOT NULL, 
	hlc VARCHAR NOT NULL, 
	reviewer VARCHAR NOT NULL, 
	action_id VARCHAR NOT NULL, 
	action VARCHAR NOT NULL, 
	entity VARCHAR NOT NULL, 
	entity_id VARCHAR NOT NULL, 
	field VARCHAR NOT NULL, 
	value TEXT NOT NULL, 
	parents TEXT NOT NULL, 
	local_only BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_change_device_seq UNIQUE (device, seq)
);
INSERT INTO "change" VALUES('df43e03b2a18a483-1','df43e03b2a18a483',1,'1796121449062.00000','root','c3bd645135044617bdc67a23710cf9ff','import','session','main','@create','{"case_no_format": "第{n:04d}号", "committee": "中国人民政治协商会议江川市委员会", "handover_date": "2026-02-20", "numbering_final": false, "present": true, "session": "五次会议", "term": "十四届", "year": 2026}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-2','df43e03b2a18a483',2,'1796121449062.00001','root','c3bd645135044617bdc67a23710cf9ff','import','category','c716b989302fa','@create','{"active": true, "name": "经济建设", "position": 0, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-3','df43e03b2a18a483',3,'1796121449062.00002','root','c3bd645135044617bdc67a23710cf9ff','import','category','c10cb23bde364','@create','{"active": true, "name": "政治建设", "position": 1, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-4','df43e03b2a18a483',4,'1796121449062.00003','root','c3bd645135044617bdc67a23710cf9ff','import','category','c18b9a43118ab','@create','{"active": true, "name": "文化建设", "position": 2, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-5','df43e03b2a18a483',5,'1796121449062.00004','root','c3bd645135044617bdc67a23710cf9ff','import','category','ca106ef49aa19','@create','{"active": true, "name": "社会建设", "position": 3, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-6','df43e03b2a18a483',6,'1796121449062.00005','root','c3bd645135044617bdc67a23710cf9ff','import','category','ca27a03316d4a','@create','{"active": true, "name": "生态文明建设", "position": 4, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-7','df43e03b2a18a483',7,'1796121449062.00006','root','c3bd645135044617bdc67a23710cf9ff','import','sector','se5f1095d8524','@create','{"active": true, "name": "中国共产党", "position": 0, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-8','df43e03b2a18a483',8,'1796121449062.00007','root','c3bd645135044617bdc67a23710cf9ff','import','sector','sdcd27044c259','@create','{"active": true, "name": "中国国民党革命委员会", "position": 1, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-9','df43e03b2a18a483',9,'1796121449062.00008','root','c3bd645135044617bdc67a23710cf9ff','import','sector','s27a68c349b6b','@create','{"active": true, "name": "中国民主同盟", "position": 2, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-10','df43e03b2a18a483',10,'1796121449062.00009','root','c3bd645135044617bdc67a23710cf9ff','import','sector','s82eff92d9679','@create','{"active": true, "name": "中国民主建国会", "position": 3, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-11','df43e03b2a18a483',11,'1796121449062.00010','root','c3bd645135044617bdc67a23710cf9ff','import','sector','s2a135a4a6407','@create','{"active": true, "name": "中国民主促进会", "position": 4, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-12','df43e03b2a18a483',12,'1796121449062.00011','root','c3bd645135044617bdc67a23710cf9ff','import','sector','s39539621a91d','@create','{"active": true, "name": "中国农工民主党", "position": 5, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-13','df43e03b2a18a483',13,'1796121449062.00012','root','c3bd645135044617bdc67a23710cf9ff','import','sector','s7ecf758008f1','@create','{"active": true, "name": "中国致公党", "position": 6, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-14','df43e03b2a18a483',14,'1796121449062.00013','root','c3bd645135044617bdc67a23710cf9ff','import','sector','s685417bc8680','@create','{"active": true, "name": "九三学社", "position": 7, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-15','df43e03b2a18a483',15,'1796121449062.00014','root','c3bd645135044617bdc67a23710cf9ff','import','sector','sfc6e3e9d9c73','@create','{"active": true, "name": "台湾民主自治同盟", "position": 8, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-16','df43e03b2a18a483',16,'1796121449062.00015','root','c3bd645135044617bdc67a23710cf9ff','import','sector','s48c4b2883601','@create','{"active": true, "name": "无党派人士", "position": 9, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-17','df43e03b2a18a483',17,'1796121449062.00016','root','c3bd645135044617bdc67a23710cf9ff','import','sector','s45691ce4fc68','@create','{"active": true, "name": "共青团", "position": 10, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-18','df43e03b2a18a483',18,'1796121449062.00017','root','c3bd645135044617bdc67a23710cf9ff','import','sector','sd28e7719e752','@create','{"active": true, "name": "总工会", "position": 11, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-19','df43e03b2a18a483',19,'1796121449062.00018','root','c3bd645135044617bdc67a23710cf9ff','import','sector','s27ffd5359de9','@create','{"active": true, "name": "妇联", "position": 12, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-20','df43e03b2a18a483',20,'1796121449062.00019','root','c3bd645135044617bdc67a23710cf9ff','import','sector','s4fbb02c39177','@create','{"active": true, "name": "科协", "position": 13, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-21','df43e03b2a18a483',21,'1796121449062.00020','root','c3bd645135044617bdc67a23710cf9ff','import','sector','s9ef960b8ce05','@create','{"active": true, "name": "台联", "position": 14, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-22','df43e03b2a18a483',22,'1796121449062.00021','root','c3bd645135044617bdc67a23710cf9ff','import','sector','s5e6341b8d6b4','@create','{"active": true, "name": "工商联", "position": 15, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-23','df43e03b2a18a483',23,'1796121449062.00022','root','c3bd645135044617bdc67a23710cf9ff','import','sector','sf35d7727aa49','@create','{"active": true, "name": "文化艺术界", "position": 16, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-24','df43e03b2a18a483',24,'1796121449062.00023','root','c3bd645135044617bdc67a23710cf9ff','import','sector','sd721b939be74','@create','{"active": true, "name": "科学技术界", "position": 17, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-25','df43e03b2a18a483',25,'1796121449062.00024','root','c3bd645135044617bdc67a23710cf9ff','import','sector','sb518e361bc91','@create','{"active": true, "name": "社会科学界", "position": 18, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-26','df43e03b2a18a483',26,'1796121449062.00025','root','c3bd645135044617bdc67a23710cf9ff','import','sector','sb78c1a00915e','@create','{"active": true, "name": "经济界", "position": 19, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-27','df43e03b2a18a483',27,'1796121449062.00026','root','c3bd645135044617bdc67a23710cf9ff','import','sector','s0de42b4fadca','@create','{"active": true, "name": "农业界", "position": 20, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-28','df43e03b2a18a483',28,'1796121449062.00027','root','c3bd645135044617bdc67a23710cf9ff','import','sector','s5eef3c187969','@create','{"active": true, "name": "教育界", "position": 21, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-29','df43e03b2a18a483',29,'1796121449062.00028','root','c3bd645135044617bdc67a23710cf9ff','import','sector','sabab712da0ad','@create','{"active": true, "name": "体育界", "position": 22, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-30','df43e03b2a18a483',30,'1796121449062.00029','root','c3bd645135044617bdc67a23710cf9ff','import','sector','sf45ea24b73fd','@create','{"active": true, "name": "新闻出版界", "position": 23, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-31','df43e03b2a18a483',31,'1796121449062.00030','root','c3bd645135044617bdc67a23710cf9ff','import','sector','se6717da8e990','@create','{"active": true, "name": "医药卫生界", "position": 24, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-32','df43e03b2a18a483',32,'1796121449062.00031','root','c3bd645135044617bdc67a23710cf9ff','import','sector','sd902337602cf','@create','{"active": true, "name": "对外友好界", "position": 25, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-33','df43e03b2a18a483',33,'1796121449062.00032','root','c3bd645135044617bdc67a23710cf9ff','import','sector','sac1c6cd06604','@create','{"active": true, "name": "社会福利和社会保障界", "position": 26, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-34','df43e03b2a18a483',34,'1796121449062.00033','root','c3bd645135044617bdc67a23710cf9ff','import','sector','sb4ce1dc6a133','@create','{"active": true, "name": "少数民族界", "position": 27, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-35','df43e03b2a18a483',35,'1796121449062.00034','root','c3bd645135044617bdc67a23710cf9ff','import','sector','s74026828780a','@create','{"active": true, "name": "宗教界", "position": 28, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-36','df43e03b2a18a483',36,'1796121449062.00035','root','c3bd645135044617bdc67a23710cf9ff','import','sector','se18e87472cd2','@create','{"active": true, "name": "特邀人士", "position": 29, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-37','df43e03b2a18a483',37,'1796121449062.00036','root','c3bd645135044617bdc67a23710cf9ff','import','reason','r1825016acecf','@create','{"active": true, "name": "涉及党和国家秘密", "position": 0, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-38','df43e03b2a18a483',38,'1796121449062.00037','root','c3bd645135044617bdc67a23710cf9ff','import','reason','r7382aaf49502','@create','{"active": true, "name": "国家明令禁止", "position": 1, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-39','df43e03b2a18a483',39,'1796121449062.00038','root','c3bd645135044617bdc67a23710cf9ff','import','reason','r8f6ed1b8dbf7','@create','{"active": true, "name": "党员对党内组织、人事安排的意见", "position": 2, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-40','df43e03b2a18a483',40,'1796121449062.00039','root','c3bd645135044617bdc67a23710cf9ff','import','reason','r187b95ad5da3','@create','{"active": true, "name": "民主党派成员反映本组织内部问题", "position": 3, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-41','df43e03b2a18a483',41,'1796121449062.00040','root','c3bd645135044617bdc67a23710cf9ff','import','reason','rdfefe0d085ac','@create','{"active": true, "name": "已进入诉讼或仲裁程序", "position": 4, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-42','df43e03b2a18a483',42,'1796121449062.00041','root','c3bd645135044617bdc67a23710cf9ff','import','reason','r710e6462f820','@create','{"active": true, "name": "学术研讨", "position": 5, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-43','df43e03b2a18a483',43,'1796121449062.00042','root','c3bd645135044617bdc67a23710cf9ff','import','reason','r41a3f758751c','@create','{"active": true, "name": "为本人或亲属解决个人问题", "position": 6, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-44','df43e03b2a18a483',44,'1796121449062.00043','root','c3bd645135044617bdc67a23710cf9ff','import','reason','rfe13e18c8ccd','@create','{"active": true, "name": "宣传推介具体作品或产品", "position": 7, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-45','df43e03b2a18a483',45,'1796121449062.00044','root','c3bd645135044617bdc67a23710cf9ff','import','reason','r01474afb6d8d','@create','{"active": true, "name": "指名举报", "position": 8, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-46','df43e03b2a18a483',46,'1796121449062.00045','root','c3bd645135044617bdc67a23710cf9ff','import','reason','r1ee95390c4ce','@create','{"active": true, "name": "内容空泛、没有具体建议", "position": 9, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-47','df43e03b2a18a483',47,'1796121449062.00046','root','c3bd645135044617bdc67a23710cf9ff','import','reason','rd6bce052db36','@create','{"active": true, "name": "信访、涉诉事项", "position": 10, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-48','df43e03b2a18a483',48,'1796121449062.00047','root','c3bd645135044617bdc67a23710cf9ff','import','reason','rdbee45f801a7','@create','{"active": true, "name": "涉及个人隐私和商业秘密", "position": 11, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-49','df43e03b2a18a483',49,'1796121449062.00048','root','c3bd645135044617bdc67a23710cf9ff','import','reason','r67b526d94774','@create','{"active": true, "name": "超越本级事权", "position": 12, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-50','df43e03b2a18a483',50,'1796121449062.00049','root','c3bd645135044617bdc67a23710cf9ff','import','disposition','d84b176fcd463','@create','{"active": true, "name": "转为意见和建议", "position": 0, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-51','df43e03b2a18a483',51,'1796121449062.00050','root','c3bd645135044617bdc67a23710cf9ff','import','disposition','dc580ee14f336','@create','{"active": true, "name": "转为委员来信", "position": 1, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-52','df43e03b2a18a483',52,'1796121449062.00051','root','c3bd645135044617bdc67a23710cf9ff','import','disposition','dcc2e3a4a3515','@create','{"active": true, "name": "转为社情民意信息", "position": 2, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-53','df43e03b2a18a483',53,'1796121449062.00052','root','c3bd645135044617bdc67a23710cf9ff','import','disposition','da6ea5a2d8653','@create','{"active": true, "name": "退回提案人", "position": 3, "present": true}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-54','df43e03b2a18a483',54,'1796121449062.00053','root','c3bd645135044617bdc67a23710cf9ff','import','unit','ufe7968ee0642','@create','{"active": true, "aliases": ["发改委", "市发展改革委", "市计委"], "code": "U001", "kind": "政府部门", "name": "市发展和改革委员会", "position": 0, "present": true, "responsibilities": "负责拟订并组织实施全市国民经济和社会发展规划、年度计划。负责统筹推进重大项目建设，承担政府投资项目审批和价格管理工作。负责推进优化营商环境和社会信用体系建设。", "short_name": "市发改委"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-55','df43e03b2a18a483',55,'1796121449062.00054','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u064031acc20d','@create','{"active": true, "aliases": ["教育局", "市教委", "市教育委员会"], "code": "U002", "kind": "政府部门", "name": "市教育局", "position": 1, "present": true, "responsibilities": "负责全市各级各类教育的统筹规划和协调管理。负责推进义务教育均衡发展和学前教育普及普惠，指导职业教育和继续教育工作。负责中小学校安全管理和教师队伍建设。", "short_name": "市教育局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-56','df43e03b2a18a483',56,'1796121449062.00055','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u7acc96a9adde','@create','{"active": true, "aliases": ["科技局", "市科委"], "code": "U003", "kind": "政府部门", "name": "市科学技术局", "position": 2, "present": true, "responsibilities": "负责拟订全市科技创新规划和政策并组织实施。负责科技成果转化、技术市场和高新技术企业培育工作。统筹推进创新平台和科技人才队伍建设。", "short_name": "市科技局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-57','df43e03b2a18a483',57,'1796121449062.00056','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u7e9004c31eee','@create','{"active": true, "aliases": ["工信局", "市经信局", "市经济和信息化委员会"], "code": "U004", "kind": "政府部门", "name": "市工业和信息化局", "position": 3, "present": true, "responsibilities": "负责拟订全市工业和信息化发展规划并组织实施。负责推动先进制造业集群、专精特新中小企业培育和数字经济发展。承担中小企业服务和工业节能降耗工作。", "short_name": "市工信局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-58','df43e03b2a18a483',58,'1796121449066.00000','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u43c4b796bb49','@create','{"active": true, "aliases": ["公安局", "市交警支队", "交警支队"], "code": "U005", "kind": "政府部门", "name": "市公安局", "position": 4, "present": true, "responsibilities": "负责全市社会治安管理和违法犯罪案件的预防、侦查工作。负责道路交通安全管理、户籍和出入境管理。组织开展电信网络诈骗防范和校园周边治安整治。", "short_name": "市公安局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-59','df43e03b2a18a483',59,'1796121449066.00001','root','c3bd645135044617bdc67a23710cf9ff','import','unit','uab0ea4add7d0','@create','{"active": true, "aliases": ["民政局"], "code": "U006", "kind": "政府部门", "name": "市民政局", "position": 5, "present": true, "responsibilities": "负责拟订全市养老服务体系建设规划并组织实施。负责社会救助、儿童福利、婚姻登记和殡葬管理工作。指导城乡社区治理，承担社会组织登记管理。", "short_name": "市民政局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-60','df43e03b2a18a483',60,'1796121449066.00002','root','c3bd645135044617bdc67a23710cf9ff','import','unit','ua45aad0bc85a','@create','{"active": true, "aliases": ["司法局"], "code": "U007", "kind": "政府部门", "name": "市司法局", "position": 6, "present": true, "responsibilities": "负责统筹推进法治政府建设和行政复议、行政应诉工作。负责公共法律服务体系建设，指导人民调解、社区矫正和普法宣传工作。", "short_name": "市司法局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-61','df43e03b2a18a483',61,'1796121449066.00003','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u80014cfabd66','@create','{"active": true, "aliases": ["财政局"], "code": "U008", "kind": "政府部门", "name": "市财政局", "position": 7, "present": true, "responsibilities": "负责编制和执行全市财政预算，管理财政收支。负责政府债务、政府采购和财政资金绩效管理。统筹安排民生保障和重点项目资金。", "short_name": "市财政局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-62','df43e03b2a18a483',62,'1796121449066.00004','root','c3bd645135044617bdc67a23710cf9ff','import','unit','ue841f8a66bf0','@create','{"active": true, "aliases": ["人社局", "市劳动局", "市人力社保局"], "code": "U009", "kind": "政府部门", "name": "市人力资源和社会保障局", "position": 8, "present": true, "responsibilities": "负责全市就业创业、职业技能培训和人才引进工作。负责城乡社会保险制度的实施，承担劳动关系协调和劳动保障监察工作。", "short_name": "市人社局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-63','df43e03b2a18a483',63,'1796121449066.00005','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u303bfccb09e2','@create','{"active": true, "aliases": ["市国土局", "市规划局", "自然资源局"], "code": "U010", "kind": "政府部门", "name": "市自然资源和规划局", "position": 9, "present": true, "responsibilities": "负责编制国土空间规划并监督实施。负责土地、矿产等自然资源的调查、确权和用途管制，承担耕地保护和建设用地审批工作。", "short_name": "市自然资源规划局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-64','df43e03b2a18a483',64,'1796121449066.00006','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u1802c5e256d5','@create','{"active": true, "aliases": ["市环保局", "环保局"], "code": "U011", "kind": "政府部门", "name": "市生态环境局", "position": 10, "present": true, "responsibilities": "负责全市生态环境保护的统筹协调和监督管理。负责大气、水、土壤、噪声污染防治，承担环境影响评价和生态环境执法工作。", "short_name": "市生态环境局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-65','df43e03b2a18a483',65,'1796121449066.00007','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u32af4c2962d5','@create','{"active": true, "aliases": ["住建局", "市建委", "建委"], "code": "U012", "kind": "政府部门", "name": "市住房和城乡建设局", "position": 11, "present": true, "responsibilities": "负责全市住房保障、房地产市场监管和物业管理工作。负责城市更新、老旧小区改造和建筑市场监管，承担城镇燃气和建筑安全管理。", "short_name": "市住建局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-66','df43e03b2a18a483',66,'1796121449066.00008','root','c3bd645135044617bdc67a23710cf9ff','import','unit','uaec24217d718','@create','{"active": true, "aliases": ["城管局", "市城市管理局", "市综合行政执法局"], "code": "U013", "kind": "政府部门", "name": "市城市管理和综合执法局", "position": 12, "present": true, "responsibilities": "负责城市市容环境卫生、生活垃圾分类和市政设施管理。负责城市管理领域综合行政执法，承担占道经营、户外广告和城市照明管理工作。", "short_name": "市城管局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-67','df43e03b2a18a483',67,'1796121449066.00009','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u0074d15fa33b','@create','{"active": true, "aliases": ["交通局", "市交通运输委"], "code": "U014", "kind": "政府部门", "name": "市交通运输局", "position": 13, "present": true, "responsibilities": "负责全市公路、水路和城市公共交通的规划、建设与管理。负责道路运输市场监管，承担出租汽车和网络预约出租汽车管理工作。", "short_name": "市交通局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-68','df43e03b2a18a483',68,'1796121449066.00010','root','c3bd645135044617bdc67a23710cf9ff','import','unit','ub4894f673ee6','@create','{"active": true, "aliases": ["市水利局", "水利局"], "code": "U015", "kind": "政府部门", "name": "市水务局", "position": 14, "present": true, "responsibilities": "负责全市水资源管理、防汛抗旱和水利工程建设。负责河湖长制日常工作，承担城市排水防涝和农村供水保障工作。", "short_name": "市水务局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-69','df43e03b2a18a483',69,'1796121449066.00011','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u265903ed7a7c','@create','{"active": true, "aliases": ["市农业局", "市农委", "市乡村振兴局", "市扶贫办"], "code": "U016", "kind": "政府部门", "name": "市农业农村局", "position": 15, "present": true, "responsibilities": "负责统筹推进乡村振兴战略实施。负责粮食和重要农产品生产、高标准农田建设和农产品质量安全监管，承担农村人居环境整治和农村集体经济发展指导工作。", "short_name": "市农业农村局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-70','df43e03b2a18a483',70,'1796121449066.00012','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u83aff68d586b','@create','{"active": true, "aliases": ["商务局", "市商务委"], "code": "U017", "kind": "政府部门", "name": "市商务局", "position": 16, "present": true, "responsibilities": "负责推动全市消费扩容提质和商贸流通体系建设。负责对外贸易、跨境电子商务和利用外资工作，承担老字号保护和会展经济发展工作。", "short_name": "市商务局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-71','df43e03b2a18a483',71,'1796121449066.00013','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u8dff5c9d11f4','@create','{"active": true, "aliases": ["市文旅局", "文旅局", "市文化局", "市旅游局"], "code": "U018", "kind": "政府部门", "name": "市文化广电旅游局", "position": 17, "present": true, "responsibilities": "负责全市文化事业、文化产业和旅游业发展。负责非物质文化遗产保护、文物保护利用和公共文化服务体系建设，承担旅游市场监管和广播电视管理工作。", "short_name": "市文广旅局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-72','df43e03b2a18a483',72,'1796121449066.00014','root','c3bd645135044617bdc67a23710cf9ff','import','unit','udf868f0f708a','@create','{"active": true, "aliases": ["卫健委", "市卫生局", "卫生局", "市卫计委"], "code": "U019", "kind": "政府部门", "name": "市卫生健康委员会", "position": 18, "present": true, "responsibilities": "负责全市医疗卫生服务体系建设和公共卫生管理。负责推进公立医院改革、基层医疗卫生服务能力提升，承担托育服务、老龄健康和心理健康服务的统筹工作。", "short_name": "市卫健委"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-73','df43e03b2a18a483',73,'1796121449066.00015','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u399f056c7df3','@create','{"active": true, "aliases": ["退役军人事务局"], "code": "U020", "kind": "政府部门", "name": "市退役军人事务局", "position": 19, "present": true, "responsibilities": "负责退役军人移交安置、就业创业和权益维护工作。负责退役军人服务保障体系建设，承担优抚褒扬和烈士纪念设施管理。", "short_name": "市退役军人局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-74','df43e03b2a18a483',74,'1796121449066.00016','root','c3bd645135044617bdc67a23710cf9ff','import','unit','ud1315bfec3be','@create','{"active": true, "aliases": ["应急局", "市安监局"], "code": "U021", "kind": "政府部门", "name": "市应急管理局", "position": 20, "present": true, "responsibilities": "负责全市应急管理体系建设和安全生产综合监管。负责防灾减灾救灾和应急救援力量建设，承担生产安全事故调查处理工作。", "short_name": "市应急局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-75','df43e03b2a18a483',75,'1796121449066.00017','root','c3bd645135044617bdc67a23710cf9ff','import','unit','uf8a82719dd1b','@create','{"active": true, "aliases": ["审计局"], "code": "U022", "kind": "政府部门", "name": "市审计局", "position": 21, "present": true, "responsibilities": "负责全市财政收支、重大政策措施落实情况和国有资产的审计监督。承担领导干部经济责任审计工作。", "short_name": "市审计局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-76','df43e03b2a18a483',76,'1796121449066.00018','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u13d04ece00b1','@create','{"active": true, "aliases": ["市场监管局", "市工商局", "工商局", "市质监局", "市食药监局"], "code": "U023", "kind": "政府部门", "name": "市市场监督管理局", "position": 22, "present": true, "responsibilities": "负责全市市场主体登记注册和市场秩序监管。负责食品安全、特种设备安全和产品质量监督管理，承担知识产权保护和价格监督检查工作。", "short_name": "市市场监管局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-77','df43e03b2a18a483',77,'1796121449066.00019','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u005cbe0f0a6b','@create','{"active": true, "aliases": ["体育局"], "code": "U024", "kind": "政府部门", "name": "市体育局", "position": 23, "present": true, "responsibilities": "负责统筹推进全民健身和竞技体育发展。负责公共体育设施规划建设和青少年体育工作，承担体育产业和体育赛事管理。", "short_name": "市体育局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-78','df43e03b2a18a483',78,'1796121449066.00020','root','c3bd645135044617bdc67a23710cf9ff','import','unit','uf02af27f2299','@create','{"active": true, "aliases": ["统计局"], "code": "U025", "kind": "政府部门", "name": "市统计局", "position": 24, "present": true, "responsibilities": "负责全市统计调查和统计数据发布。承担国民经济核算和统计执法监督工作。", "short_name": "市统计局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-79','df43e03b2a18a483',79,'1796121449066.00021','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u8045fa37ef8c','@create','{"active": true, "aliases": ["医保局"], "code": "U026", "kind": "政府部门", "name": "市医疗保障局", "position": 25, "present": true, "responsibilities": "负责全市医疗保险、生育保险和医疗救助制度的实施。负责医保目录管理、支付方式改革和医药价格管理，承担医保基金监管工作。", "short_name": "市医保局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-80','df43e03b2a18a483',80,'1796121449066.00022','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u5a2fc2e6360c','@create','{"active": true, "aliases": ["林业局", "市园林局"], "code": "U027", "kind": "政府部门", "name": "市林业局", "position": 26, "present": true, "responsibilities": "负责全市林业和园林绿化的监督管理。负责森林资源保护、湿地保护和国土绿化工作，承担林长制日常工作。", "short_name": "市林业局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-81','df43e03b2a18a483',81,'1796121449066.00023','root','c3bd645135044617bdc67a23710cf9ff','import','unit','uafca707a70d1','@create','{"active": true, "aliases": ["市大数据局", "市行政审批局", "市政务服务中心"], "code": "U028", "kind": "政府部门", "name": "市政务服务和数据管理局", "position": 27, "present": true, "responsibilities": "负责全市政务服务体系建设和“一网通办”工作。负责数据资源统筹管理、公共数据开放和数字政府建设，承担12345政务服务便民热线管理工作。", "short_name": "市数据局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-82','df43e03b2a18a483',82,'1796121449066.00024','root','c3bd645135044617bdc67a23710cf9ff','import','unit','ucf34e57a9c5e','@create','{"active": true, "aliases": ["信访局", "市信访办"], "code": "U029", "kind": "政府部门", "name": "市信访局", "position": 28, "present": true, "responsibilities": "负责全市信访工作的组织协调和督查督办。承担信访事项受理和矛盾纠纷源头化解工作。", "short_name": "市信访局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-83','df43e03b2a18a483',83,'1796121449066.00025','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u60c1bdfd65ab','@create','{"active": true, "aliases": ["市金融办", "金融办", "市地方金融监督管理局"], "code": "U030", "kind": "政府部门", "name": "市地方金融管理局", "position": 29, "present": true, "responsibilities": "负责推动全市金融服务实体经济和金融业发展。负责地方金融组织监管和防范化解金融风险，承担企业上市培育和普惠金融工作。", "short_name": "市金融局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-84','df43e03b2a18a483',84,'1796121449066.00026','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u790864355a8f','@create','{"active": true, "aliases": ["国资委"], "code": "U031", "kind": "政府部门", "name": "市人民政府国有资产监督管理委员会", "position": 30, "present": true, "responsibilities": "负责监管市属国有企业国有资产。负责推进国有企业改革和布局结构调整，承担国企经营业绩考核工作。", "short_name": "市国资委"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-85','df43e03b2a18a483',85,'1796121449066.00027','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u5342dd445678','@create','{"active": true, "aliases": ["总工会"], "code": "U032", "kind": "群团组织", "name": "市总工会", "position": 31, "present": true, "responsibilities": "负责维护职工合法权益，推动构建和谐劳动关系。负责职工技能提升和新就业形态劳动者服务工作，承担困难职工帮扶。", "short_name": "市总工会"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-86','df43e03b2a18a483',86,'1796121449066.00028','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u080974e1f713','@create','{"active": true, "aliases": ["共青团市委", "市团委"], "code": "U033", "kind": "群团组织", "name": "共青团江川市委员会", "position": 32, "present": true, "responsibilities": "负责全市青少年思想引领和青年发展工作。负责青年就业创业服务、青少年权益维护和志愿服务工作。", "short_name": "团市委"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-87','df43e03b2a18a483',87,'1796121449066.00029','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u46605741a1d3','@create','{"active": true, "aliases": ["妇联"], "code": "U034", "kind": "群团组织", "name": "市妇女联合会", "position": 33, "present": true, "responsibilities": "负责维护妇女儿童合法权益，推动妇女儿童发展规划实施。负责家庭家教家风建设和妇女创业就业服务。", "short_name": "市妇联"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-88','df43e03b2a18a483',88,'1796121449066.00030','root','c3bd645135044617bdc67a23710cf9ff','import','unit','uea1d7f247d3a','@create','{"active": true, "aliases": ["残联"], "code": "U035", "kind": "群团组织", "name": "市残疾人联合会", "position": 34, "present": true, "responsibilities": "负责残疾人康复、教育、就业和社会保障服务工作。负责推进无障碍环境建设和残疾人权益维护。", "short_name": "市残联"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-89','df43e03b2a18a483',89,'1796121449066.00031','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u0b7bfa51ba8b','@create','{"active": true, "aliases": ["科协"], "code": "U036", "kind": "群团组织", "name": "市科学技术协会", "position": 35, "present": true, "responsibilities": "负责全民科学素质提升和科普工作。负责联系服务科技工作者，承担学会建设和决策咨询工作。", "short_name": "市科协"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-90','df43e03b2a18a483',90,'1796121449066.00032','root','c3bd645135044617bdc67a23710cf9ff','import','unit','ue3a28d0094a6','@create','{"active": true, "aliases": ["税务局", "市国税局", "市地税局"], "code": "U037", "kind": "垂直管理部门", "name": "国家税务总局江川市税务局", "position": 36, "present": true, "responsibilities": "负责全市税收征收管理和税费优惠政策落实。负责纳税服务和社会保险费征收工作。", "short_name": "市税务局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-91','df43e03b2a18a483',91,'1796121449066.00033','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u2b493fff7f50','@create','{"active": true, "aliases": ["供电局", "市供电局", "国网江川市供电公司"], "code": "U038", "kind": "企事业单位", "name": "国网江川供电公司", "position": 37, "present": true, "responsibilities": "负责全市电网规划建设和供电服务。负责电动汽车充电基础设施配套电网建设，承担电力保供和用电安全工作。", "short_name": "市供电公司"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-92','df43e03b2a18a483',92,'1796121449066.00034','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u18251a39d013','@create','{"active": true, "aliases": ["中院", "市法院", "市中级人民法院"], "code": "U039", "kind": "法院检察院", "name": "江川市中级人民法院", "position": 38, "present": true, "responsibilities": "负责审理法律规定由中级人民法院管辖的案件。负责指导全市法院审判执行工作，推进诉源治理和多元解纷机制建设。", "short_name": "市中院"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-93','df43e03b2a18a483',93,'1796121449066.00035','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u3ee0c4d40f72','@create','{"active": true, "aliases": ["检察院", "市人民检察院"], "code": "U040", "kind": "法院检察院", "name": "江川市人民检察院", "position": 39, "present": true, "responsibilities": "负责依法履行法律监督职能，开展刑事、民事、行政和公益诉讼检察工作。负责未成年人检察工作。", "short_name": "市检察院"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-94','df43e03b2a18a483',94,'1796121449066.00036','root','c3bd645135044617bdc67a23710cf9ff','import','unit','ud69be6acd088','@create','{"active": true, "aliases": ["宣传部"], "code": "U041", "kind": "党委部门", "name": "中共江川市委宣传部", "position": 40, "present": true, "responsibilities": "负责全市理论武装、舆论宣传和精神文明建设工作。负责统筹文化事业和文化产业发展，承担新闻出版和电影管理工作。", "short_name": "市委宣传部"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-95','df43e03b2a18a483',95,'1796121449066.00037','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u0a5ae2ae349f','@create','{"active": true, "aliases": ["组织部"], "code": "U042", "kind": "党委部门", "name": "中共江川市委组织部", "position": 41, "present": true, "responsibilities": "负责全市干部队伍和人才工作的统筹规划。负责基层党组织建设，承担人才引进培养的政策协调工作。", "short_name": "市委组织部"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-96','df43e03b2a18a483',96,'1796121449066.00038','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u34876b764712','@create','{"active": true, "aliases": ["网信办"], "code": "U043", "kind": "党委部门", "name": "中共江川市委网络安全和信息化委员会办公室", "position": 42, "present": true, "responsibilities": "负责统筹协调全市网络安全、网络内容管理和信息化工作。负责网络生态治理和未成年人网络保护工作。", "short_name": "市委网信办"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-97','df43e03b2a18a483',97,'1796121449066.00039','root','c3bd645135044617bdc67a23710cf9ff','import','unit','ucf40336e89b6','@create','{"active": true, "aliases": ["统战部"], "code": "U044", "kind": "党委部门", "name": "中共江川市委统一战线工作部", "position": 43, "present": true, "responsibilities": "负责全市统一战线工作的统筹协调。负责民营经济人士、新的社会阶层人士和民族宗教工作的联系指导。", "short_name": "市委统战部"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-98','df43e03b2a18a483',98,'1796121449066.00040','root','c3bd645135044617bdc67a23710cf9ff','import','unit','uf625284185d2','@create','{"active": true, "aliases": ["政法委"], "code": "U045", "kind": "党委部门", "name": "中共江川市委政法委员会", "position": 44, "present": true, "responsibilities": "负责统筹推进平安江川、法治江川建设。负责市域社会治理现代化和矛盾纠纷多元化解工作。", "short_name": "市委政法委"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-99','df43e03b2a18a483',99,'1796121449066.00041','root','c3bd645135044617bdc67a23710cf9ff','import','unit','ubcf5906d89f1','@create','{"active": true, "aliases": ["社会工作部", "市委社工部"], "code": "U046", "kind": "党委部门", "name": "中共江川市委社会工作部", "position": 45, "present": true, "responsibilities": "负责统筹推进党建引领基层治理和城乡社区建设。负责新就业群体党建、志愿服务和社会工作人才队伍建设。", "short_name": "市委社会工作部"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-100','df43e03b2a18a483',100,'1796121449066.00042','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u453072111a66','@create','{"active": true, "aliases": ["公积金中心", "住房公积金中心"], "code": "U047", "kind": "企事业单位", "name": "市住房公积金管理中心", "position": 46, "present": true, "responsibilities": "负责全市住房公积金的归集、提取、贷款和资金管理。负责推进灵活就业人员缴存住房公积金工作。", "short_name": "市公积金中心"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-101','df43e03b2a18a483',101,'1796121449066.00043','root','c3bd645135044617bdc67a23710cf9ff','import','unit','ueb28406a3f12','@create','{"active": true, "aliases": ["公交公司", "市公交公司"], "code": "U048", "kind": "企事业单位", "name": "江川市公共交通集团有限公司", "position": 47, "present": true, "responsibilities": "负责全市城市公交线路运营和公交场站管理。负责推进公交线网优化和新能源公交车更新工作。", "short_name": "市公交集团"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-102','df43e03b2a18a483',102,'1796121449066.00044','root','c3bd645135044617bdc67a23710cf9ff','import','unit','uf1cd80f49fec','@create','{"active": true, "aliases": ["消防支队", "市公安消防支队"], "code": "U049", "kind": "垂直管理部门", "name": "江川市消防救援支队", "position": 48, "present": true, "responsibilities": "负责全市火灾预防、消防监督检查和火灾扑救工作。负责高层建筑、电动自行车等消防安全隐患整治。", "short_name": "市消防救援支队"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-103','df43e03b2a18a483',103,'1796121449066.00045','root','c3bd645135044617bdc67a23710cf9ff','import','unit','ud04bdd2aed6e','@create','{"active": true, "aliases": ["气象局"], "code": "U050", "kind": "垂直管理部门", "name": "江川市气象局", "position": 49, "present": true, "responsibilities": "负责全市气象监测预报和气象灾害预警工作。承担人工影响天气和气候资源开发利用工作。", "short_name": "市气象局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-104','df43e03b2a18a483',104,'1796121449066.00046','root','c3bd645135044617bdc67a23710cf9ff','import','unit','ud91398e568ff','@create','{"active": true, "aliases": ["区政府", "各区县政府", "各区县人民政府"], "code": "U051", "kind": "政府部门", "name": "各区人民政府", "position": 50, "present": true, "responsibilities": "负责本辖区经济社会发展和公共服务。负责落实市级部署的各项民生实事和基层治理任务。", "short_name": "各区政府"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-105','df43e03b2a18a483',105,'1796121449067.00000','root','c3bd645135044617bdc67a23710cf9ff','import','unit','ud7f200fe1a95','@create','{"active": true, "aliases": ["民宗局", "市宗教局"], "code": "U052", "kind": "政府部门", "name": "市民族宗教事务局", "position": 51, "present": true, "responsibilities": "负责全市民族团结进步创建和宗教事务管理工作。承担少数民族流动人口服务管理工作。", "short_name": "市民宗局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-106','df43e03b2a18a483',106,'1796121449067.00001','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u41d50fc845bc','@create','{"active": true, "aliases": ["外办"], "code": "U053", "kind": "政府部门", "name": "市人民政府外事办公室", "position": 52, "present": true, "responsibilities": "负责全市外事工作和国际友好城市交往。承担外籍人士服务和涉外营商环境建设协调工作。", "short_name": "市外办"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-107','df43e03b2a18a483',107,'1796121449067.00002','root','c3bd645135044617bdc67a23710cf9ff','import','unit','ubba0938dd16f','@create','{"active": true, "aliases": ["市招商局", "招商局"], "code": "U054", "kind": "政府部门", "name": "市投资促进局", "position": 53, "present": true, "responsibilities": "负责全市招商引资的统筹协调和重大项目引进。承担总部经济和外资项目服务工作。", "short_name": "市投促局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-108','df43e03b2a18a483',108,'1796121449067.00003','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u45cdf66dba19','@create','{"active": true, "aliases": ["人防办", "市民防局"], "code": "U055", "kind": "政府部门", "name": "市人民防空办公室", "position": 54, "present": true, "responsibilities": "负责全市人民防空工程建设和管理。承担人防工程平战结合利用和防空警报设施管理工作。", "short_name": "市人防办"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-109','df43e03b2a18a483',109,'1796121449067.00004','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u31e9a97eb7a8','@create','{"active": true, "aliases": ["人民银行", "市人民银行", "人行"], "code": "U056", "kind": "垂直管理部门", "name": "中国人民银行江川市分行", "position": 55, "present": true, "responsibilities": "负责执行货币政策和金融稳定工作。负责推动普惠金融、绿色金融发展和征信体系建设。", "short_name": "人行江川市分行"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-110','df43e03b2a18a483',110,'1796121449067.00005','root','c3bd645135044617bdc67a23710cf9ff','import','unit','ub81977564b82','@create','{"active": true, "aliases": ["江川银保监分局", "银保监分局"], "code": "U057", "kind": "垂直管理部门", "name": "国家金融监督管理总局江川监管分局", "position": 56, "present": true, "responsibilities": "负责辖区银行业、保险业机构监管。负责推动金融机构加大小微企业和涉农信贷投放，承担金融消费者权益保护工作。", "short_name": "江川金融监管分局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-111','df43e03b2a18a483',111,'1796121449067.00006','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u6a8979aa7929','@create','{"active": true, "aliases": ["邮政管理局"], "code": "U058", "kind": "垂直管理部门", "name": "江川市邮政管理局", "position": 57, "present": true, "responsibilities": "负责全市邮政和快递市场监管。负责推进快递进村和快递包装绿色转型工作。", "short_name": "市邮政管理局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-112','df43e03b2a18a483',112,'1796121449067.00007','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u1cddc1fd9f4f','@create','{"active": true, "aliases": ["高新区", "江川高新区"], "code": "U059", "kind": "政府部门", "name": "江川高新技术产业开发区管理委员会", "position": 58, "present": true, "responsibilities": "负责高新区规划建设、产业发展和招商引资。负责园区科技创新平台建设和企业服务工作。", "short_name": "高新区管委会"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-113','df43e03b2a18a483',113,'1796121449067.00008','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u291fe7044760','@create','{"active": true, "aliases": ["文联"], "code": "U060", "kind": "群团组织", "name": "市文学艺术界联合会", "position": 59, "present": true, "responsibilities": "负责联系服务全市文艺工作者，组织文艺创作和文艺惠民活动。承担地方戏曲等传统艺术的传承推广工作。", "short_name": "市文联"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-114','df43e03b2a18a483',114,'1796121449067.00009','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u5ff14aceb638','@create','{"active": true, "aliases": ["红十字会"], "code": "U061", "kind": "群团组织", "name": "市红十字会", "position": 60, "present": true, "responsibilities": "负责开展应急救护培训和人道救助工作。承担无偿献血、遗体器官捐献的宣传动员工作。", "short_name": "市红十字会"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-115','df43e03b2a18a483',115,'1796121449067.00010','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u15ec784cdd64','@create','{"active": true, "aliases": ["工商联"], "code": "U062", "kind": "群团组织", "name": "市工商业联合会", "position": 61, "present": true, "responsibilities": "负责联系服务全市民营企业和商会组织。负责促进民营经济健康发展和民营经济人士健康成长。", "short_name": "市工商联"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-116','df43e03b2a18a483',116,'1796121449067.00011','root','c3bd645135044617bdc67a23710cf9ff','import','unit','uba1a7bcba84f','@create','{"active": true, "aliases": ["城投公司", "市城投公司"], "code": "U063", "kind": "企事业单位", "name": "江川市城市建设投资集团有限公司", "position": 62, "present": true, "responsibilities": "负责全市重大基础设施和城市更新项目的投资建设运营。承担公共停车场等公共设施的建设管理。", "short_name": "市城投集团"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-117','df43e03b2a18a483',117,'1796121449067.00012','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u7b0c0dce03b1','@create','{"active": true, "aliases": ["自来水公司", "市自来水公司"], "code": "U064", "kind": "企事业单位", "name": "江川市水务集团有限公司", "position": 63, "present": true, "responsibilities": "负责全市城乡供水、污水处理设施的建设运营。承担二次供水设施改造和供水服务保障。", "short_name": "市水务集团"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-118','df43e03b2a18a483',118,'1796121449067.00013','root','c3bd645135044617bdc67a23710cf9ff','import','unit','u9a00ae83003b','@create','{"active": true, "aliases": ["机关事务局"], "code": "U065", "kind": "政府部门", "name": "市机关事务管理局", "position": 64, "present": true, "responsibilities": "负责市级机关后勤服务保障和公共机构节能工作。承担公务用车和办公用房管理。", "short_name": "市机关事务局"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-119','df43e03b2a18a483',119,'1796121449067.00014','root','c3bd645135044617bdc67a23710cf9ff','import','member','m40b9224c10eb','@create','{"active": true, "address": "江川市临江区长江路187号", "name": "张晨萱", "phone": "15799327096", "present": true, "sector": "无党派人士", "work_unit": "江川大学机械工程学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-120','df43e03b2a18a483',120,'1796121449067.00015','root','c3bd645135044617bdc67a23710cf9ff','import','member','m3ec818014496','@create','{"active": true, "address": "江川市凤鸣区锦绣大道389号", "name": "朱伟", "phone": "13032858379", "present": true, "sector": "医药卫生界", "work_unit": "江川市疾病预防控制中心主任医师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-121','df43e03b2a18a483',121,'1796121449067.00016','root','c3bd645135044617bdc67a23710cf9ff','import','member','m9f69b8fd95c7','@create','{"active": true, "address": "江川市梅溪县文化路330号", "name": "陆永波", "phone": "13227700274", "present": true, "sector": "科学技术界", "work_unit": "江川市农业科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-122','df43e03b2a18a483',122,'1796121449067.00017','root','c3bd645135044617bdc67a23710cf9ff','import','member','m7658e8b1e518','@create','{"active": true, "address": "江川市青山区光明路302号", "name": "黄婷红", "phone": "13238328830", "present": true, "sector": "无党派人士", "work_unit": "江川大学化学化工学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-123','df43e03b2a18a483',123,'1796121449067.00018','root','c3bd645135044617bdc67a23710cf9ff','import','member','m16a73864336a','@create','{"active": true, "address": "江川市凤鸣区和平路318号", "name": "叶洋", "phone": "13887078181", "present": true, "sector": "中国农工民主党", "work_unit": "江川医学院附属医院康复科教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-124','df43e03b2a18a483',124,'1796121449067.00019','root','c3bd645135044617bdc67a23710cf9ff','import','member','m6a3feb589183','@create','{"active": true, "address": "江川市青山区光明路7号", "name": "程志明", "phone": "18970530963", "present": true, "sector": "无党派人士", "work_unit": "青山区人民医院院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-125','df43e03b2a18a483',125,'1796121449067.00020','root','c3bd645135044617bdc67a23710cf9ff','import','member','m9abb1884c69d','@create','{"active": true, "address": "江川市高新区锦绣大道40号", "name": "李宏华", "phone": "18765472358", "present": true, "sector": "特邀人士", "work_unit": "梅溪县人大常委会副主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-126','df43e03b2a18a483',126,'1796121449067.00021','root','c3bd645135044617bdc67a23710cf9ff','import','member','m8d9f599d5ffb','@create','{"active": true, "address": "江川市高新区科创大道26号", "name": "董嘉怡", "phone": "13709538180", "present": true, "sector": "台联", "work_unit": "江川同创实业集团有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-127','df43e03b2a18a483',127,'1796121449067.00022','root','c3bd645135044617bdc67a23710cf9ff','import','member','m8bbeadeae59b','@create','{"active": true, "address": "江川市临江区锦绣大道258号", "name": "陈春萍", "phone": "18200228760", "present": true, "sector": "特邀人士", "work_unit": "高新区人民政府副区长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-128','df43e03b2a18a483',128,'1796121449067.00023','root','c3bd645135044617bdc67a23710cf9ff','import','member','md5be6daf0a11','@create','{"active": true, "address": "江川市凤鸣区学府路94号", "name": "王娟", "phone": "19913980014", "present": true, "sector": "科协", "work_unit": "江川大学医学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-129','df43e03b2a18a483',129,'1796121449067.00024','root','c3bd645135044617bdc67a23710cf9ff','import','member','m424c83e7bc98','@create','{"active": true, "address": "江川市梅溪县解放大道119号", "name": "张佳洁", "phone": "13292506058", "present": true, "sector": "科协", "work_unit": "江川市农业科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-130','df43e03b2a18a483',130,'1796121449067.00025','root','c3bd645135044617bdc67a23710cf9ff','import','member','mc6f90c60ac88','@create','{"active": true, "address": "江川市临江区文化路285号", "name": "潘翠燕", "phone": "19590453321", "present": true, "sector": "社会科学界", "work_unit": "中共江川市委党校教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-131','df43e03b2a18a483',131,'1796121449067.00026','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb3aa3da3d08a','@create','{"active": true, "address": "江川市梅溪县新华路116号", "name": "崔晓成", "phone": "15193628185", "present": true, "sector": "宗教界", "work_unit": "江川市道教协会秘书长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-132','df43e03b2a18a483',132,'1796121449067.00027','root','c3bd645135044617bdc67a23710cf9ff','import','member','mc7c552ff1658','@create','{"active": true, "address": "江川市梅溪县新华路46号", "name": "何华", "phone": "19970786834", "present": true, "sector": "经济界", "work_unit": "江川远航科技有限公司董事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-133','df43e03b2a18a483',133,'1796121449067.00028','root','c3bd645135044617bdc67a23710cf9ff','import','member','m25494c94ebfa','@create','{"active": true, "address": "江川市高新区解放大道11号", "name": "薛鸿刚", "phone": "15904002442", "present": true, "sector": "中国共产党", "work_unit": "江川大学生命科学学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-134','df43e03b2a18a483',134,'1796121449067.00029','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb2ca132b360f','@create','{"active": true, "address": "江川市江城区朝阳路176号", "name": "张雨梅", "phone": "15104730981", "present": true, "sector": "宗教界", "work_unit": "江川市基督教两会主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-135','df43e03b2a18a483',135,'1796121449067.00030','root','c3bd645135044617bdc67a23710cf9ff','import','member','m4cc08d95292a','@create','{"active": true, "address": "江川市川东区学府路251号", "name": "王晓萍", "phone": "18147250578", "present": true, "sector": "中国民主同盟", "work_unit": "江城区实验小学副校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-136','df43e03b2a18a483',136,'1796121449067.00031','root','c3bd645135044617bdc67a23710cf9ff','import','member','m2ac9342bf112','@create','{"active": true, "address": "江川市梅溪县振兴路338号", "name": "彭建涛", "phone": "13252228197", "present": true, "sector": "经济界", "work_unit": "江川同创新材料股份有限公司董事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-137','df43e03b2a18a483',137,'1796121449067.00032','root','c3bd645135044617bdc67a23710cf9ff','import','member','m04e1ad55fa60','@create','{"active": true, "address": "江川市梅溪县振兴路263号", "name": "杨志成", "phone": "15093204502", "present": true, "sector": "经济界", "work_unit": "江川博远建设集团有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-138','df43e03b2a18a483',138,'1796121449067.00033','root','c3bd645135044617bdc67a23710cf9ff','import','member','m4183c2cf5e3b','@create','{"active": true, "address": "江川市梅溪县朝阳路363号", "name": "马蕾", "phone": "15571588886", "present": true, "sector": "科学技术界", "work_unit": "江川嘉和环保科技有限公司总工程师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-139','df43e03b2a18a483',139,'1796121449067.00034','root','c3bd645135044617bdc67a23710cf9ff','import','member','mfdb1a86ec917','@create','{"active": true, "address": "江川市凤鸣区人民路378号", "name": "刘梦燕", "phone": "13331020843", "present": true, "sector": "台联", "work_unit": "江川市台商协会秘书长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-140','df43e03b2a18a483',140,'1796121449067.00035','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb9652b667842','@create','{"active": true, "address": "江川市梅溪县锦绣大道221号", "name": "司马文成", "phone": "15091087847", "present": true, "sector": "医药卫生界", "work_unit": "江川市第一人民医院妇产科主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-141','df43e03b2a18a483',141,'1796121449067.00036','root','c3bd645135044617bdc67a23710cf9ff','import','member','maa1be6ec522b','@create','{"active": true, "address": "江川市高新区光明路321号", "name": "吴雨瑶", "phone": "13500638998", "present": true, "sector": "教育界", "work_unit": "临江区实验幼儿园园长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-142','df43e03b2a18a483',142,'1796121449067.00037','root','c3bd645135044617bdc67a23710cf9ff','import','member','mf0d060ac2e7c','@create','{"active": true, "address": "江川市江城区建设路128号", "name": "张欣萍", "phone": "15285954528", "present": true, "sector": "中国共产党", "work_unit": "青山区人大常委会副主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-143','df43e03b2a18a483',143,'1796121449067.00038','root','c3bd645135044617bdc67a23710cf9ff','import','member','m977ba31a23c9','@create','{"active": true, "address": "江川市梅溪县长江路79号", "name": "江婷涵", "phone": "18263794811", "present": true, "sector": "新闻出版界", "work_unit": "江川融媒体中心记者"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-144','df43e03b2a18a483',144,'1796121449067.00039','root','c3bd645135044617bdc67a23710cf9ff','import','member','m565232d1f6aa','@create','{"active": true, "address": "江川市江城区科创大道116号", "name": "魏天宇", "phone": "18012798900", "present": true, "sector": "妇联", "work_unit": "江川市妇联副主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-145','df43e03b2a18a483',145,'1796121449067.00040','root','c3bd645135044617bdc67a23710cf9ff','import','member','m23db7be78593','@create','{"active": true, "address": "江川市川东区新华路227号", "name": "张宏杰", "phone": "15114954457", "present": true, "sector": "宗教界", "work_unit": "江川市基督教两会主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-146','df43e03b2a18a483',146,'1796121449067.00041','root','c3bd645135044617bdc67a23710cf9ff','import','member','m83e77a7770f4','@create','{"active": true, "address": "江川市川东区锦绣大道34号", "name": "陶秀怡", "phone": "19523697342", "present": true, "sector": "中国共产党", "work_unit": "江川市中医院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-147','df43e03b2a18a483',147,'1796121449067.00042','root','c3bd645135044617bdc67a23710cf9ff','import','member','md82c168473ea','@create','{"active": true, "address": "江川市高新区长江路39号", "name": "万晨敏", "phone": "19509833231", "present": true, "sector": "中国民主建国会", "work_unit": "江川金桥建设集团有限公司副总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-148','df43e03b2a18a483',148,'1796121449067.00043','root','c3bd645135044617bdc67a23710cf9ff','import','member','m40f8e9e2448b','@create','{"active": true, "address": "江川市凤鸣区青年路399号", "name": "朱莉", "phone": "13653697929", "present": true, "sector": "经济界", "work_unit": "江川华信新材料股份有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-149','df43e03b2a18a483',149,'1796121449067.00044','root','c3bd645135044617bdc67a23710cf9ff','import','member','m7ffd27b79847','@create','{"active": true, "address": "江川市川东区迎宾大道60号", "name": "刘晨凤", "phone": "18213292485", "present": true, "sector": "科学技术界", "work_unit": "江川大学生命科学学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-150','df43e03b2a18a483',150,'1796121449067.00045','root','c3bd645135044617bdc67a23710cf9ff','import','member','m1365613980b0','@create','{"active": true, "address": "江川市高新区朝阳路92号", "name": "张志华", "phone": "18724473621", "present": true, "sector": "工商联", "work_unit": "江川天成科技有限公司财务总监"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-151','df43e03b2a18a483',151,'1796121449067.00046','root','c3bd645135044617bdc67a23710cf9ff','import','member','m610d6af664d4','@create','{"active": true, "address": "江川市川东区科创大道120号", "name": "薛雨敏", "phone": "18717294099", "present": true, "sector": "社会科学界", "work_unit": "江川大学机械工程学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-152','df43e03b2a18a483',152,'1796121449067.00047','root','c3bd645135044617bdc67a23710cf9ff','import','member','m2eec60b759de','@create','{"active": true, "address": "江川市凤鸣区学府路147号", "name": "孙艳", "phone": "18216667613", "present": true, "sector": "医药卫生界", "work_unit": "石桥县桃源镇社区卫生服务中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-153','df43e03b2a18a483',153,'1796121449067.00048','root','c3bd645135044617bdc67a23710cf9ff','import','member','m8cbf060a59bb','@create','{"active": true, "address": "江川市高新区科创大道359号", "name": "刘雨霞", "phone": "18910406451", "present": true, "sector": "总工会", "work_unit": "江川市总工会副主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-154','df43e03b2a18a483',154,'1796121449067.00049','root','c3bd645135044617bdc67a23710cf9ff','import','member','mba6147e013f7','@create','{"active": true, "address": "江川市青山区建设路89号", "name": "李宏宇", "phone": "15532194696", "present": true, "sector": "特邀人士", "work_unit": "江川市人民政府参事"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-155','df43e03b2a18a483',155,'1796121449067.00050','root','c3bd645135044617bdc67a23710cf9ff','import','member','me815dd851416','@create','{"active": true, "address": "江川市凤鸣区光明路14号", "name": "张立强", "phone": "13781573788", "present": true, "sector": "中国国民党革命委员会", "work_unit": "江川市公证处主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-156','df43e03b2a18a483',156,'1796121449067.00051','root','c3bd645135044617bdc67a23710cf9ff','import','member','m5c6cf200c677','@create','{"active": true, "address": "江川市高新区建设路180号", "name": "何文成", "phone": "13875205444", "present": true, "sector": "中国民主建国会", "work_unit": "江川鼎盛环保科技有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-157','df43e03b2a18a483',157,'1796121449067.00052','root','c3bd645135044617bdc67a23710cf9ff','import','member','mc6ef740bb3f2','@create','{"active": true, "address": "江川市凤鸣区振兴路151号", "name": "刘子强", "phone": "13958681089", "present": true, "sector": "新闻出版界", "work_unit": "江川出版社编审"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-158','df43e03b2a18a483',158,'1796121449067.00053','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb0aa8e95a818','@create','{"active": true, "address": "江川市石桥县学府路286号", "name": "王博龙", "phone": "13268963230", "present": true, "sector": "科协", "work_unit": "江川远航物流有限公司总工程师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-159','df43e03b2a18a483',159,'1796121449067.00054','root','c3bd645135044617bdc67a23710cf9ff','import','member','m2299548009a0','@create','{"active": true, "address": "江川市石桥县解放大道264号", "name": "张宇伟", "phone": "18602045990", "present": true, "sector": "无党派人士", "work_unit": "梅溪县教育局副局长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-160','df43e03b2a18a483',160,'1796121449067.00055','root','c3bd645135044617bdc67a23710cf9ff','import','member','m2e36d9c68778','@create','{"active": true, "address": "江川市高新区学府路4号", "name": "刘晓辉", "phone": "13324635270", "present": true, "sector": "妇联", "work_unit": "江川市妇联副主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-161','df43e03b2a18a483',161,'1796121449067.00056','root','c3bd645135044617bdc67a23710cf9ff','import','member','m590c3529c0a8','@create','{"active": true, "address": "江川市临江区文化路315号", "name": "曾翠华", "phone": "18360533074", "present": true, "sector": "工商联", "work_unit": "江川远航实业集团有限公司副总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-162','df43e03b2a18a483',162,'1796121449067.00057','root','c3bd645135044617bdc67a23710cf9ff','import','member','m5b8569b900b3','@create','{"active": true, "address": "江川市青山区光明路186号", "name": "杨诗萍", "phone": "18678347328", "present": true, "sector": "教育界", "work_unit": "江川大学马克思主义学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-163','df43e03b2a18a483',163,'1796121449067.00058','root','c3bd645135044617bdc67a23710cf9ff','import','member','mc6df6ddac639','@create','{"active": true, "address": "江川市江城区科创大道344号", "name": "朱丽怡", "phone": "19983959188", "present": true, "sector": "中国国民党革命委员会", "work_unit": "江川嘉和新材料股份有限公司财务总监"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-164','df43e03b2a18a483',164,'1796121449067.00059','root','c3bd645135044617bdc67a23710cf9ff','import','member','m5d09b75e0314','@create','{"active": true, "address": "江川市川东区解放大道146号", "name": "李晶", "phone": "18981377624", "present": true, "sector": "科协", "work_unit": "江川永盛科技有限公司总工程师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-165','df43e03b2a18a483',165,'1796121449067.00060','root','c3bd645135044617bdc67a23710cf9ff','import','member','me3f0ef6f239e','@create','{"active": true, "address": "江川市高新区锦绣大道184号", "name": "万志生", "phone": "18062081727", "present": true, "sector": "无党派人士", "work_unit": "江川市农业科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-166','df43e03b2a18a483',166,'1796121449067.00061','root','c3bd645135044617bdc67a23710cf9ff','import','member','m384d3ae676a5','@create','{"active": true, "address": "江川市临江区迎宾大道64号", "name": "杨淑琳", "phone": "13785688482", "present": true, "sector": "教育界", "work_unit": "江川大学土木工程学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-167','df43e03b2a18a483',167,'1796121449067.00062','root','c3bd645135044617bdc67a23710cf9ff','import','member','m6309cc41a7de','@create','{"active": true, "address": "江川市江城区振兴路69号", "name": "卢玉燕", "phone": "15594009757", "present": true, "sector": "妇联", "work_unit": "凤鸣区妇联主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-168','df43e03b2a18a483',168,'1796121449067.00063','root','c3bd645135044617bdc67a23710cf9ff','import','member','me98e0de02eaa','@create','{"active": true, "address": "江川市凤鸣区光明路141号", "name": "王振豪", "phone": "18795052892", "present": true, "sector": "新闻出版界", "work_unit": "江川日报社副总编辑"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-169','df43e03b2a18a483',169,'1796121449067.00064','root','c3bd645135044617bdc67a23710cf9ff','import','member','ma93b4e3e7b1b','@create','{"active": true, "address": "江川市川东区人民路159号", "name": "王海宇", "phone": "18712711284", "present": true, "sector": "少数民族界", "work_unit": "江川众鑫物流有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-170','df43e03b2a18a483',170,'1796121449067.00065','root','c3bd645135044617bdc67a23710cf9ff','import','member','m8ea96dcbb848','@create','{"active": true, "address": "江川市川东区文化路262号", "name": "刘丽瑶", "phone": "15184374685", "present": true, "sector": "社会福利和社会保障界", "work_unit": "江川市佳禾养老服务中心负责人"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-171','df43e03b2a18a483',171,'1796121449067.00066','root','c3bd645135044617bdc67a23710cf9ff','import','member','md1032423a764','@create','{"active": true, "address": "江川市江城区建设路392号", "name": "李旭", "phone": "18233158501", "present": true, "sector": "无党派人士", "work_unit": "江川大学生命科学学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-172','df43e03b2a18a483',172,'1796121449067.00067','root','c3bd645135044617bdc67a23710cf9ff','import','member','me96c39a766e2','@create','{"active": true, "address": "江川市青山区锦绣大道39号", "name": "黄静娟", "phone": "19898329045", "present": true, "sector": "教育界", "work_unit": "梅溪县第一中学副校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-173','df43e03b2a18a483',173,'1796121449067.00068','root','c3bd645135044617bdc67a23710cf9ff','import','member','meeda2a412512','@create','{"active": true, "address": "江川市江城区青年路164号", "name": "李海林", "phone": "19354714295", "present": true, "sector": "农业界", "work_unit": "江川市华信种植专业合作社理事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-174','df43e03b2a18a483',174,'1796121449067.00069','root','c3bd645135044617bdc67a23710cf9ff','import','member','mc7612c90c9ed','@create','{"active": true, "address": "江川市梅溪县新华路193号", "name": "曹春华", "phone": "18098210415", "present": true, "sector": "中国共产党", "work_unit": "江川天成置业有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-175','df43e03b2a18a483',175,'1796121449067.00070','root','c3bd645135044617bdc67a23710cf9ff','import','member','mbdba9b6645f3','@create','{"active": true, "address": "江川市高新区迎宾大道132号", "name": "黄丽婷", "phone": "19173213972", "present": true, "sector": "宗教界", "work_unit": "江川市道教协会秘书长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-176','df43e03b2a18a483',176,'1796121449067.00071','root','c3bd645135044617bdc67a23710cf9ff','import','member','m7a59c89a2ecf','@create','{"active": true, "address": "江川市青山区长江路334号", "name": "张丽萱", "phone": "13928573957", "present": true, "sector": "教育界", "work_unit": "凤鸣区教育局副局长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-177','df43e03b2a18a483',177,'1796121449067.00072','root','c3bd645135044617bdc67a23710cf9ff','import','member','m78ef37233fd1','@create','{"active": true, "address": "江川市江城区科创大道47号", "name": "刘金军", "phone": "15284033089", "present": true, "sector": "宗教界", "work_unit": "江川市基督教两会主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-178','df43e03b2a18a483',178,'1796121449067.00073','root','c3bd645135044617bdc67a23710cf9ff','import','member','m52c38cd9f7c8','@create','{"active": true, "address": "江川市高新区滨江路39号", "name": "王怡", "phone": "18324376693", "present": true, "sector": "新闻出版界", "work_unit": "江川出版社编审"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-179','df43e03b2a18a483',179,'1796121449067.00074','root','c3bd645135044617bdc67a23710cf9ff','import','member','m817b0d171665','@create','{"active": true, "address": "江川市青山区锦绣大道37号", "name": "黎宇宇", "phone": "18945149279", "present": true, "sector": "中国致公党", "work_unit": "江川农商银行副行长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-180','df43e03b2a18a483',180,'1796121449067.00075','root','c3bd645135044617bdc67a23710cf9ff','import','member','m85b35a2b8ed4','@create','{"active": true, "address": "江川市高新区振兴路375号", "name": "黄静", "phone": "18613635269", "present": true, "sector": "特邀人士", "work_unit": "江川市人民政府参事"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-181','df43e03b2a18a483',181,'1796121449067.00076','root','c3bd645135044617bdc67a23710cf9ff','import','member','m1b324ab7c08d','@create','{"active": true, "address": "江川市凤鸣区学府路93号", "name": "刘美婷", "phone": "18085808077", "present": true, "sector": "中国农工民主党", "work_unit": "江川市疾病预防控制中心主任医师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-182','df43e03b2a18a483',182,'1796121449067.00077','root','c3bd645135044617bdc67a23710cf9ff','import','member','m76dcbe04179b','@create','{"active": true, "address": "江川市凤鸣区新华路260号", "name": "李明轩", "phone": "13992530033", "present": true, "sector": "中国共产党", "work_unit": "凤鸣区教育局副局长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-183','df43e03b2a18a483',183,'1796121449067.00078','root','c3bd645135044617bdc67a23710cf9ff','import','member','m1b88b69575fc','@create','{"active": true, "address": "江川市石桥县锦绣大道152号", "name": "王博强", "phone": "15065383872", "present": true, "sector": "中国共产党", "work_unit": "青山区实验幼儿园园长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-184','df43e03b2a18a483',184,'1796121449067.00079','root','c3bd645135044617bdc67a23710cf9ff','import','member','mfdafc2b96054','@create','{"active": true, "address": "江川市梅溪县滨江路111号", "name": "王若兰", "phone": "15970903057", "present": true, "sector": "教育界", "work_unit": "江川职业技术学院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-185','df43e03b2a18a483',185,'1796121449067.00080','root','c3bd645135044617bdc67a23710cf9ff','import','member','mcc03558cae4d','@create','{"active": true, "address": "江川市石桥县光明路25号", "name": "马若萱", "phone": "18392315853", "present": true, "sector": "医药卫生界", "work_unit": "江川市妇幼保健院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-186','df43e03b2a18a483',186,'1796121449067.00081','root','c3bd645135044617bdc67a23710cf9ff','import','member','m6314d9b126d5','@create','{"active": true, "address": "江川市江城区光明路343号", "name": "唐诗英", "phone": "13796860720", "present": true, "sector": "特邀人士", "work_unit": "凤鸣区人大常委会副主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-187','df43e03b2a18a483',187,'1796121449067.00082','root','c3bd645135044617bdc67a23710cf9ff','import','member','m384badc074ad','@create','{"active": true, "address": "江川市青山区锦绣大道53号", "name": "张学杰", "phone": "15511015018", "present": true, "sector": "中国共产党", "work_unit": "江川市实验中学教师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-188','df43e03b2a18a483',188,'1796121449067.00083','root','c3bd645135044617bdc67a23710cf9ff','import','member','m0e1acf78aa72','@create','{"active": true, "address": "江川市石桥县新华路162号", "name": "张芳", "phone": "19805270797", "present": true, "sector": "教育界", "work_unit": "江川大学生命科学学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-189','df43e03b2a18a483',189,'1796121449067.00084','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb49769c28c63','@create','{"active": true, "address": "江川市青山区长江路242号", "name": "方玉涵", "phone": "13676313531", "present": true, "sector": "医药卫生界", "work_unit": "川东区桃源镇社区卫生服务中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-190','df43e03b2a18a483',190,'1796121449067.00085','root','c3bd645135044617bdc67a23710cf9ff','import','member','mafbdb4908693','@create','{"active": true, "address": "江川市青山区和平路356号", "name": "林紫梅", "phone": "13705476797", "present": true, "sector": "少数民族界", "work_unit": "江川市民族中学校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-191','df43e03b2a18a483',191,'1796121449067.00086','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb2bb7b2b99d1','@create','{"active": true, "address": "江川市临江区光明路26号", "name": "梁学豪", "phone": "15269016371", "present": true, "sector": "文化艺术界", "work_unit": "江川市图书馆馆长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-192','df43e03b2a18a483',192,'1796121449067.00087','root','c3bd645135044617bdc67a23710cf9ff','import','member','mcbf5740ca6bc','@create','{"active": true, "address": "江川市凤鸣区和平路301号", "name": "郑金斌", "phone": "13234437906", "present": true, "sector": "经济界", "work_unit": "江川新源机械制造有限公司董事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-193','df43e03b2a18a483',193,'1796121449067.00088','root','c3bd645135044617bdc67a23710cf9ff','import','member','m8ad2482e8b13','@create','{"active": true, "address": "江川市青山区新华路133号", "name": "王强", "phone": "13052259641", "present": true, "sector": "中国民主建国会", "work_unit": "江川天成建设集团有限公司董事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-194','df43e03b2a18a483',194,'1796121449067.00089','root','c3bd645135044617bdc67a23710cf9ff','import','member','m6b3632ec69c2','@create','{"active": true, "address": "江川市梅溪县迎宾大道368号", "name": "郭立平", "phone": "15947698206", "present": true, "sector": "中国国民党革命委员会", "work_unit": "江川职业技术学院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-195','df43e03b2a18a483',195,'1796121449067.00090','root','c3bd645135044617bdc67a23710cf9ff','import','member','m4a71dcbbd8f3','@create','{"active": true, "address": "江川市青山区文化路150号", "name": "袁晓兰", "phone": "19940804768", "present": true, "sector": "医药卫生界", "work_unit": "江城区东湖街道社区卫生服务中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-196','df43e03b2a18a483',196,'1796121449067.00091','root','c3bd645135044617bdc67a23710cf9ff','import','member','mfd580adbe758','@create','{"active": true, "address": "江川市凤鸣区解放大道241号", "name": "上官文轩", "phone": "15024992690", "present": true, "sector": "教育界", "work_unit": "江川职业技术学院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-197','df43e03b2a18a483',197,'1796121449067.00092','root','c3bd645135044617bdc67a23710cf9ff','import','member','mbe193072f28f','@create','{"active": true, "address": "江川市凤鸣区滨江路114号", "name": "宋家辉", "phone": "19574555326", "present": true, "sector": "特邀人士", "work_unit": "梅溪县西关街道党工委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-198','df43e03b2a18a483',198,'1796121449067.00093','root','c3bd645135044617bdc67a23710cf9ff','import','member','m8e9f458f14d5','@create','{"active": true, "address": "江川市江城区和平路256号", "name": "魏静", "phone": "18830764231", "present": true, "sector": "中国国民党革命委员会", "work_unit": "江川职业技术学院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-199','df43e03b2a18a483',199,'1796121449067.00094','root','c3bd645135044617bdc67a23710cf9ff','import','member','m945c33c20d5c','@create','{"active": true, "address": "江川市凤鸣区文化路337号", "name": "张明", "phone": "15973611496", "present": true, "sector": "文化艺术界", "work_unit": "江川市文化馆馆长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-200','df43e03b2a18a483',200,'1796121449067.00095','root','c3bd645135044617bdc67a23710cf9ff','import','member','mcf72d994bc28','@create','{"active": true, "address": "江川市梅溪县滨江路233号", "name": "杨思萍", "phone": "13030233141", "present": true, "sector": "九三学社", "work_unit": "江川大学土木工程学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-201','df43e03b2a18a483',201,'1796121449067.00096','root','c3bd645135044617bdc67a23710cf9ff','import','member','m36c515565ced','@create','{"active": true, "address": "江川市高新区振兴路50号", "name": "孙晓霞", "phone": "13831342328", "present": true, "sector": "经济界", "work_unit": "江川瑞丰科技有限公司财务总监"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-202','df43e03b2a18a483',202,'1796121449067.00097','root','c3bd645135044617bdc67a23710cf9ff','import','member','mf0a8b1ee8617','@create','{"active": true, "address": "江川市梅溪县长江路280号", "name": "赵文琴", "phone": "13841037406", "present": true, "sector": "中国民主同盟", "work_unit": "临江区实验幼儿园园长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-203','df43e03b2a18a483',203,'1796121449067.00098','root','c3bd645135044617bdc67a23710cf9ff','import','member','m8bd8ddac10ca','@create','{"active": true, "address": "江川市江城区解放大道343号", "name": "陈春红", "phone": "15920394614", "present": true, "sector": "少数民族界", "work_unit": "梅溪县民族宗教事务局副局长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-204','df43e03b2a18a483',204,'1796121449067.00099','root','c3bd645135044617bdc67a23710cf9ff','import','member','m2ff91c3c46b5','@create','{"active": true, "address": "江川市临江区锦绣大道330号", "name": "陈文鹏", "phone": "15204018591", "present": true, "sector": "经济界", "work_unit": "江川众鑫生物医药有限公司董事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-205','df43e03b2a18a483',205,'1796121449067.00100','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb0bee31520cf','@create','{"active": true, "address": "江川市高新区振兴路290号", "name": "宋翠琴", "phone": "15967449196", "present": true, "sector": "少数民族界", "work_unit": "江川市民族中学校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-206','df43e03b2a18a483',206,'1796121449067.00101','root','c3bd645135044617bdc67a23710cf9ff','import','member','m36053444c5e9','@create','{"active": true, "address": "江川市临江区科创大道100号", "name": "李博宇", "phone": "18872881794", "present": true, "sector": "医药卫生界", "work_unit": "江川市疾病预防控制中心主任医师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-207','df43e03b2a18a483',207,'1796121449067.00102','root','c3bd645135044617bdc67a23710cf9ff','import','member','m9c3003a82f42','@create','{"active": true, "address": "江川市川东区学府路192号", "name": "刘睿", "phone": "15995118476", "present": true, "sector": "中国民主同盟", "work_unit": "江川市博物馆副馆长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-208','df43e03b2a18a483',208,'1796121449067.00103','root','c3bd645135044617bdc67a23710cf9ff','import','member','mdc2ac6ef2885','@create','{"active": true, "address": "江川市临江区人民路252号", "name": "吴晨敏", "phone": "18351243832", "present": true, "sector": "文化艺术界", "work_unit": "江川市文化馆馆长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-209','df43e03b2a18a483',209,'1796121449067.00104','root','c3bd645135044617bdc67a23710cf9ff','import','member','m6a3a6d07c483','@create','{"active": true, "address": "江川市高新区朝阳路6号", "name": "徐宏华", "phone": "19933007961", "present": true, "sector": "经济界", "work_unit": "江川博远纺织有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-210','df43e03b2a18a483',210,'1796121449067.00105','root','c3bd645135044617bdc67a23710cf9ff','import','member','meb71b50c871a','@create','{"active": true, "address": "江川市石桥县青年路203号", "name": "张海豪", "phone": "18895524878", "present": true, "sector": "宗教界", "work_unit": "江川市佛教协会会长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-211','df43e03b2a18a483',211,'1796121449067.00106','root','c3bd645135044617bdc67a23710cf9ff','import','member','m9a56d1fd7d68','@create','{"active": true, "address": "江川市川东区振兴路244号", "name": "陈振波", "phone": "15815675575", "present": true, "sector": "特邀人士", "work_unit": "江川市人民政府参事"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-212','df43e03b2a18a483',212,'1796121449067.00107','root','c3bd645135044617bdc67a23710cf9ff','import','member','m3fa83a8e58c1','@create','{"active": true, "address": "江川市川东区科创大道205号", "name": "黄翠红", "phone": "18866664551", "present": true, "sector": "中国共产党", "work_unit": "江川市人民政府参事"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-213','df43e03b2a18a483',213,'1796121449067.00108','root','c3bd645135044617bdc67a23710cf9ff','import','member','m5b2ada417476','@create','{"active": true, "address": "江川市临江区科创大道83号", "name": "周伟生", "phone": "15281261562", "present": true, "sector": "医药卫生界", "work_unit": "江川市中医院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-214','df43e03b2a18a483',214,'1796121449067.00109','root','c3bd645135044617bdc67a23710cf9ff','import','member','mefb17de01671','@create','{"active": true, "address": "江川市凤鸣区朝阳路381号", "name": "丁涛", "phone": "13387912225", "present": true, "sector": "科协", "work_unit": "江川大学土木工程学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-215','df43e03b2a18a483',215,'1796121449067.00110','root','c3bd645135044617bdc67a23710cf9ff','import','member','mda78abb5ce61','@create','{"active": true, "address": "江川市凤鸣区人民路139号", "name": "卢永峰", "phone": "13957962379", "present": true, "sector": "经济界", "work_unit": "江川佳禾科技有限公司董事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-216','df43e03b2a18a483',216,'1796121449067.00111','root','c3bd645135044617bdc67a23710cf9ff','import','member','md91597bd3d35','@create','{"active": true, "address": "江川市川东区光明路349号", "name": "张超", "phone": "15703327008", "present": true, "sector": "农业界", "work_unit": "凤鸣区农业技术推广中心高级农艺师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-217','df43e03b2a18a483',217,'1796121449067.00112','root','c3bd645135044617bdc67a23710cf9ff','import','member','mada436cf3cf2','@create','{"active": true, "address": "江川市高新区滨江路24号", "name": "李晓强", "phone": "13038104587", "present": true, "sector": "中国民主同盟", "work_unit": "江川大学化学化工学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-218','df43e03b2a18a483',218,'1796121449067.00113','root','c3bd645135044617bdc67a23710cf9ff','import','member','m31701999d0a5','@create','{"active": true, "address": "江川市青山区文化路203号", "name": "程晓芳", "phone": "15136219902", "present": true, "sector": "医药卫生界", "work_unit": "江川市疾病预防控制中心主任医师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-219','df43e03b2a18a483',219,'1796121449067.00114','root','c3bd645135044617bdc67a23710cf9ff','import','member','m55f661910678','@create','{"active": true, "address": "江川市高新区光明路140号", "name": "李丽萍", "phone": "18011499031", "present": true, "sector": "台联", "work_unit": "江川瑞丰建设集团有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-220','df43e03b2a18a483',220,'1796121449067.00115','root','c3bd645135044617bdc67a23710cf9ff','import','member','m7b355c5ebf63','@create','{"active": true, "address": "江川市青山区解放大道6号", "name": "杨秀英", "phone": "13849165539", "present": true, "sector": "社会科学界", "work_unit": "江川市社会科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-221','df43e03b2a18a483',221,'1796121449067.00116','root','c3bd645135044617bdc67a23710cf9ff','import','member','m5c021f149c87','@create','{"active": true, "address": "江川市凤鸣区人民路330号", "name": "刘晓娟", "phone": "15268642261", "present": true, "sector": "中国共产党", "work_unit": "梅溪县西关街道社区卫生服务中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-222','df43e03b2a18a483',222,'1796121449067.00117','root','c3bd645135044617bdc67a23710cf9ff','import','member','m74e881549dd2','@create','{"active": true, "address": "江川市临江区迎宾大道274号", "name": "胡婷华", "phone": "18338237917", "present": true, "sector": "中国民主促进会", "work_unit": "梅溪县教育局副局长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-223','df43e03b2a18a483',223,'1796121449067.00118','root','c3bd645135044617bdc67a23710cf9ff','import','member','m6f598b4dedfc','@create','{"active": true, "address": "江川市凤鸣区学府路271号", "name": "吴霞", "phone": "18707733770", "present": true, "sector": "工商联", "work_unit": "江川永盛建设集团有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-224','df43e03b2a18a483',224,'1796121449067.00119','root','c3bd645135044617bdc67a23710cf9ff','import','member','m1bc30cd25404','@create','{"active": true, "address": "江川市临江区科创大道122号", "name": "王梦婷", "phone": "15748482257", "present": true, "sector": "中国民主促进会", "work_unit": "江川外国语学校校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-225','df43e03b2a18a483',225,'1796121449067.00120','root','c3bd645135044617bdc67a23710cf9ff','import','member','m3fca5e82a223','@create','{"active": true, "address": "江川市临江区解放大道219号", "name": "王紫萍", "phone": "19574339977", "present": true, "sector": "妇联", "work_unit": "江川市妇联副主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-226','df43e03b2a18a483',226,'1796121449067.00121','root','c3bd645135044617bdc67a23710cf9ff','import','member','m34945139d9bb','@create','{"active": true, "address": "江川市临江区朝阳路63号", "name": "唐玉琳", "phone": "13731344829", "present": true, "sector": "文化艺术界", "work_unit": "江川市图书馆馆长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-227','df43e03b2a18a483',227,'1796121449067.00122','root','c3bd645135044617bdc67a23710cf9ff','import','member','mf8e86bb9b796','@create','{"active": true, "address": "江川市川东区光明路68号", "name": "何志鹏", "phone": "15904144996", "present": true, "sector": "总工会", "work_unit": "江川市总工会副主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-228','df43e03b2a18a483',228,'1796121449067.00123','root','c3bd645135044617bdc67a23710cf9ff','import','member','mbf9d61d09dc7','@create','{"active": true, "address": "江川市梅溪县建设路348号", "name": "赵平", "phone": "19538858519", "present": true, "sector": "中国民主建国会", "work_unit": "江川天成新材料股份有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-229','df43e03b2a18a483',229,'1796121449067.00124','root','c3bd645135044617bdc67a23710cf9ff','import','member','m6523e4cf2985','@create','{"active": true, "address": "江川市高新区科创大道343号", "name": "何嘉刚", "phone": "15288254449", "present": true, "sector": "少数民族界", "work_unit": "江川华信食品股份有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-230','df43e03b2a18a483',230,'1796121449067.00125','root','c3bd645135044617bdc67a23710cf9ff','import','member','m409f64a26a73','@create','{"active": true, "address": "江川市川东区滨江路347号", "name": "梁鹏", "phone": "15851577738", "present": true, "sector": "中国国民党革命委员会", "work_unit": "江川佳禾物流有限公司财务总监"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-231','df43e03b2a18a483',231,'1796121449067.00126','root','c3bd645135044617bdc67a23710cf9ff','import','member','mf4c0d7ffeed0','@create','{"active": true, "address": "江川市江城区和平路80号", "name": "卢文轩", "phone": "19515790144", "present": true, "sector": "新闻出版界", "work_unit": "江川融媒体中心记者"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-232','df43e03b2a18a483',232,'1796121449067.00127','root','c3bd645135044617bdc67a23710cf9ff','import','member','m25b7a1c4edd8','@create','{"active": true, "address": "江川市江城区振兴路301号", "name": "李淑丽", "phone": "15777702557", "present": true, "sector": "医药卫生界", "work_unit": "江川市妇幼保健院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-233','df43e03b2a18a483',233,'1796121449067.00128','root','c3bd645135044617bdc67a23710cf9ff','import','member','m85b67828015b','@create','{"active": true, "address": "江川市高新区科创大道182号", "name": "胡雅凤", "phone": "13071428957", "present": true, "sector": "九三学社", "work_unit": "江川市农业科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-234','df43e03b2a18a483',234,'1796121449067.00129','root','c3bd645135044617bdc67a23710cf9ff','import','member','me2c1f938c153','@create','{"active": true, "address": "江川市青山区振兴路87号", "name": "王美梅", "phone": "18065537068", "present": true, "sector": "农业界", "work_unit": "江川市农业科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-235','df43e03b2a18a483',235,'1796121449067.00130','root','c3bd645135044617bdc67a23710cf9ff','import','member','md09eecd60fbc','@create','{"active": true, "address": "江川市江城区建设路168号", "name": "张志鹏", "phone": "15067409064", "present": true, "sector": "中国共产党", "work_unit": "江川华信建设集团有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-236','df43e03b2a18a483',236,'1796121449067.00131','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb2378e785d4d','@create','{"active": true, "address": "江川市凤鸣区文化路345号", "name": "赵健", "phone": "19539902103", "present": true, "sector": "中国民主建国会", "work_unit": "江川农商银行副行长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-237','df43e03b2a18a483',237,'1796121449067.00132','root','c3bd645135044617bdc67a23710cf9ff','import','member','me935c2e45429','@create','{"active": true, "address": "江川市梅溪县长江路167号", "name": "刘诗颖", "phone": "18219069383", "present": true, "sector": "妇联", "work_unit": "江川市妇联副主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-238','df43e03b2a18a483',238,'1796121449067.00133','root','c3bd645135044617bdc67a23710cf9ff','import','member','mc593d2be3f4c','@create','{"active": true, "address": "江川市川东区和平路205号", "name": "曾宁", "phone": "15176297958", "present": true, "sector": "科学技术界", "work_unit": "江川鼎盛生物医药有限公司总工程师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-239','df43e03b2a18a483',239,'1796121449067.00134','root','c3bd645135044617bdc67a23710cf9ff','import','member','m9fb40d2665bb','@create','{"active": true, "address": "江川市凤鸣区科创大道39号", "name": "蒋霞", "phone": "13217445439", "present": true, "sector": "九三学社", "work_unit": "江川市妇幼保健院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-240','df43e03b2a18a483',240,'1796121449067.00135','root','c3bd645135044617bdc67a23710cf9ff','import','member','m28657a32723f','@create','{"active": true, "address": "江川市梅溪县解放大道132号", "name": "徐海波", "phone": "18637091281", "present": true, "sector": "工商联", "work_unit": "江川启明新材料股份有限公司董事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-241','df43e03b2a18a483',241,'1796121449067.00136','root','c3bd645135044617bdc67a23710cf9ff','import','member','m3eb459d968d0','@create','{"active": true, "address": "江川市梅溪县长江路52号", "name": "李文华", "phone": "18897590469", "present": true, "sector": "中国共产党", "work_unit": "江川永盛电子科技有限公司副总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-242','df43e03b2a18a483',242,'1796121449067.00137','root','c3bd645135044617bdc67a23710cf9ff','import','member','m07cf38fa7bfe','@create','{"active": true, "address": "江川市川东区迎宾大道385号", "name": "徐浩", "phone": "15524710481", "present": true, "sector": "经济界", "work_unit": "江川新源置业有限公司财务总监"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-243','df43e03b2a18a483',243,'1796121449067.00138','root','c3bd645135044617bdc67a23710cf9ff','import','member','m84ae9490dea2','@create','{"active": true, "address": "江川市临江区朝阳路73号", "name": "彭博强", "phone": "13067648256", "present": true, "sector": "共青团", "work_unit": "江川市青年企业家协会会长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-244','df43e03b2a18a483',244,'1796121449067.00139','root','c3bd645135044617bdc67a23710cf9ff','import','member','m8cf16060ce00','@create','{"active": true, "address": "江川市青山区锦绣大道141号", "name": "张秀涵", "phone": "18336781387", "present": true, "sector": "中国共产党", "work_unit": "江川医学院附属医院骨科教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-245','df43e03b2a18a483',245,'1796121449067.00140','root','c3bd645135044617bdc67a23710cf9ff','import','member','m83467cf139b3','@create','{"active": true, "address": "江川市高新区长江路191号", "name": "卢欣颖", "phone": "13318697870", "present": true, "sector": "九三学社", "work_unit": "石桥县教育局副局长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-246','df43e03b2a18a483',246,'1796121449067.00141','root','c3bd645135044617bdc67a23710cf9ff','import','member','m0083e973d1fa','@create','{"active": true, "address": "江川市高新区长江路113号", "name": "谭梦玲", "phone": "13589296411", "present": true, "sector": "台湾民主自治同盟", "work_unit": "江川金桥建设集团有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-247','df43e03b2a18a483',247,'1796121449067.00142','root','c3bd645135044617bdc67a23710cf9ff','import','member','m4416973d539b','@create','{"active": true, "address": "江川市江城区和平路155号", "name": "罗秀瑶", "phone": "18310070809", "present": true, "sector": "宗教界", "work_unit": "江川市伊斯兰教协会副会长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-248','df43e03b2a18a483',248,'1796121449067.00143','root','c3bd645135044617bdc67a23710cf9ff','import','member','m249396dda719','@create','{"active": true, "address": "江川市青山区朝阳路364号", "name": "李金勇", "phone": "15539831842", "present": true, "sector": "中国共产党", "work_unit": "青山区云台镇社区卫生服务中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-249','df43e03b2a18a483',249,'1796121449067.00144','root','c3bd645135044617bdc67a23710cf9ff','import','member','m20c82d1aa713','@create','{"active": true, "address": "江川市高新区长江路119号", "name": "张莉", "phone": "15841238884", "present": true, "sector": "文化艺术界", "work_unit": "江川市书法家协会主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-250','df43e03b2a18a483',250,'1796121449067.00145','root','c3bd645135044617bdc67a23710cf9ff','import','member','mbe1da7725d9c','@create','{"active": true, "address": "江川市凤鸣区建设路198号", "name": "杨凯", "phone": "13149206159", "present": true, "sector": "社会科学界", "work_unit": "江川市地方志办公室主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-251','df43e03b2a18a483',251,'1796121449067.00146','root','c3bd645135044617bdc67a23710cf9ff','import','member','ma5b1ddf7e06d','@create','{"active": true, "address": "江川市青山区长江路276号", "name": "张玉敏", "phone": "15893851160", "present": true, "sector": "无党派人士", "work_unit": "江川天成律师事务所律师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-252','df43e03b2a18a483',252,'1796121449067.00147','root','c3bd645135044617bdc67a23710cf9ff','import','member','m9975423bd5bc','@create','{"active": true, "address": "江川市临江区朝阳路160号", "name": "张明龙", "phone": "15526914264", "present": true, "sector": "对外友好界", "work_unit": "江川市人民政府外事办公室副主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-253','df43e03b2a18a483',253,'1796121449068.00000','root','c3bd645135044617bdc67a23710cf9ff','import','member','m994156459096','@create','{"active": true, "address": "江川市梅溪县科创大道370号", "name": "曹建东", "phone": "19551335972", "present": true, "sector": "教育界", "work_unit": "江城区实验小学副校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-254','df43e03b2a18a483',254,'1796121449068.00001','root','c3bd645135044617bdc67a23710cf9ff','import','member','m6bab6b1a3f98','@create','{"active": true, "address": "江川市梅溪县滨江路99号", "name": "马淑英", "phone": "13808838202", "present": true, "sector": "宗教界", "work_unit": "江川市道教协会秘书长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-255','df43e03b2a18a483',255,'1796121449068.00002','root','c3bd645135044617bdc67a23710cf9ff','import','member','m63a61b1cdfc0','@create','{"active": true, "address": "江川市梅溪县振兴路262号", "name": "夏嘉凤", "phone": "13192726975", "present": true, "sector": "九三学社", "work_unit": "江川职业技术学院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-256','df43e03b2a18a483',256,'1796121449068.00003','root','c3bd645135044617bdc67a23710cf9ff','import','member','meb2e6b5ead83','@create','{"active": true, "address": "江川市梅溪县建设路153号", "name": "李鸿明", "phone": "15940868442", "present": true, "sector": "妇联", "work_unit": "江川市妇联副主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-257','df43e03b2a18a483',257,'1796121449068.00004','root','c3bd645135044617bdc67a23710cf9ff','import','member','m3270bea8d7b7','@create','{"active": true, "address": "江川市川东区文化路32号", "name": "谢国伟", "phone": "13325407293", "present": true, "sector": "农业界", "work_unit": "江川市中联种植专业合作社理事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-258','df43e03b2a18a483',258,'1796121449068.00005','root','c3bd645135044617bdc67a23710cf9ff','import','member','m45bee9c0653e','@create','{"active": true, "address": "江川市石桥县光明路358号", "name": "杨欣梅", "phone": "13969115822", "present": true, "sector": "无党派人士", "work_unit": "临江区北门街道社区卫生服务中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-259','df43e03b2a18a483',259,'1796121449068.00006','root','c3bd645135044617bdc67a23710cf9ff','import','member','m25b0f42a44ad','@create','{"active": true, "address": "江川市临江区滨江路179号", "name": "邓鸿强", "phone": "13855132297", "present": true, "sector": "特邀人士", "work_unit": "青山区人大常委会副主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-260','df43e03b2a18a483',260,'1796121449068.00007','root','c3bd645135044617bdc67a23710cf9ff','import','member','m971be5a57a7c','@create','{"active": true, "address": "江川市高新区青年路96号", "name": "陈家杰", "phone": "15894688808", "present": true, "sector": "中国共产党", "work_unit": "江川职业技术学院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-261','df43e03b2a18a483',261,'1796121449068.00008','root','c3bd645135044617bdc67a23710cf9ff','import','member','mf0e88d1da567','@create','{"active": true, "address": "江川市江城区振兴路183号", "name": "张子龙", "phone": "15787019826", "present": true, "sector": "九三学社", "work_unit": "江川市妇幼保健院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-262','df43e03b2a18a483',262,'1796121449068.00009','root','c3bd645135044617bdc67a23710cf9ff','import','member','m280f62400f23','@create','{"active": true, "address": "江川市高新区和平路117号", "name": "唐子国", "phone": "19303427400", "present": true, "sector": "总工会", "work_unit": "江川博远实业集团有限公司高级技师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-263','df43e03b2a18a483',263,'1796121449068.00010','root','c3bd645135044617bdc67a23710cf9ff','import','member','mc03c9311c2ad','@create','{"active": true, "address": "江川市江城区建设路10号", "name": "郑诗洁", "phone": "18249112153", "present": true, "sector": "中国致公党", "work_unit": "江川金桥纺织有限公司总工程师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-264','df43e03b2a18a483',264,'1796121449068.00011','root','c3bd645135044617bdc67a23710cf9ff','import','member','mfb16e767f5fc','@create','{"active": true, "address": "江川市临江区长江路281号", "name": "陈学伟", "phone": "15029543710", "present": true, "sector": "经济界", "work_unit": "江川鼎盛科技有限公司副总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-265','df43e03b2a18a483',265,'1796121449068.00012','root','c3bd645135044617bdc67a23710cf9ff','import','member','m7eabd82dabf0','@create','{"active": true, "address": "江川市临江区青年路150号", "name": "张淑娟", "phone": "13520213045", "present": true, "sector": "经济界", "work_unit": "江川明德机械制造有限公司财务总监"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-266','df43e03b2a18a483',266,'1796121449068.00013','root','c3bd645135044617bdc67a23710cf9ff','import','member','m912d006a305e','@create','{"active": true, "address": "江川市临江区和平路209号", "name": "李蕾", "phone": "18828331817", "present": true, "sector": "中国共产党", "work_unit": "梅溪县人民政府副区长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-267','df43e03b2a18a483',267,'1796121449068.00014','root','c3bd645135044617bdc67a23710cf9ff','import','member','mfadb6d1a4f41','@create','{"active": true, "address": "江川市高新区学府路185号", "name": "陈芳", "phone": "15068733054", "present": true, "sector": "教育界", "work_unit": "江川职业技术学院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-268','df43e03b2a18a483',268,'1796121449068.00015','root','c3bd645135044617bdc67a23710cf9ff','import','member','ma9387f33746c','@create','{"active": true, "address": "江川市高新区长江路318号", "name": "李海琴", "phone": "19882814255", "present": true, "sector": "教育界", "work_unit": "凤鸣区实验幼儿园园长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-269','df43e03b2a18a483',269,'1796121449068.00016','root','c3bd645135044617bdc67a23710cf9ff','import','member','m8e7aaecb4247','@create','{"active": true, "address": "江川市川东区解放大道257号", "name": "王慧", "phone": "13775634359", "present": true, "sector": "新闻出版界", "work_unit": "江川日报社副总编辑"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-270','df43e03b2a18a483',270,'1796121449068.00017','root','c3bd645135044617bdc67a23710cf9ff','import','member','mab125623a2bb','@create','{"active": true, "address": "江川市江城区锦绣大道106号", "name": "刘敏", "phone": "18869682793", "present": true, "sector": "中国农工民主党", "work_unit": "江川市疾病预防控制中心主任医师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-271','df43e03b2a18a483',271,'1796121449068.00018','root','c3bd645135044617bdc67a23710cf9ff','import','member','m2d3df892743c','@create','{"active": true, "address": "江川市高新区科创大道32号", "name": "张宁", "phone": "15918200235", "present": true, "sector": "中国民主促进会", "work_unit": "江川市书法家协会主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-272','df43e03b2a18a483',272,'1796121449068.00019','root','c3bd645135044617bdc67a23710cf9ff','import','member','m9621e64520a9','@create','{"active": true, "address": "江川市凤鸣区和平路321号", "name": "王俊平", "phone": "15227931556", "present": true, "sector": "医药卫生界", "work_unit": "江川市第一人民医院神经内科主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-273','df43e03b2a18a483',273,'1796121449068.00020','root','c3bd645135044617bdc67a23710cf9ff','import','member','m35eac055a26f','@create','{"active": true, "address": "江川市梅溪县学府路8号", "name": "陈斌", "phone": "13254910781", "present": true, "sector": "中国共产党", "work_unit": "江川同创新材料股份有限公司财务总监"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-274','df43e03b2a18a483',274,'1796121449068.00021','root','c3bd645135044617bdc67a23710cf9ff','import','member','m9eff92b2129b','@create','{"active": true, "address": "江川市凤鸣区人民路82号", "name": "马天国", "phone": "19552453934", "present": true, "sector": "总工会", "work_unit": "江川宏达科技有限公司工会主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-275','df43e03b2a18a483',275,'1796121449068.00022','root','c3bd645135044617bdc67a23710cf9ff','import','member','me00fe0850644','@create','{"active": true, "address": "江川市青山区和平路326号", "name": "曾雨萱", "phone": "13870998729", "present": true, "sector": "工商联", "work_unit": "江川金桥机械制造有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-276','df43e03b2a18a483',276,'1796121449068.00023','root','c3bd645135044617bdc67a23710cf9ff','import','member','md445b4e69dd5','@create','{"active": true, "address": "江川市青山区科创大道49号", "name": "张若萍", "phone": "19151825668", "present": true, "sector": "医药卫生界", "work_unit": "江城区人民医院院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-277','df43e03b2a18a483',277,'1796121449068.00024','root','c3bd645135044617bdc67a23710cf9ff','import','member','m9ec4650a6dbd','@create','{"active": true, "address": "江川市川东区青年路126号", "name": "刘颖", "phone": "13372241315", "present": true, "sector": "农业界", "work_unit": "江川市农业科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-278','df43e03b2a18a483',278,'1796121449068.00025','root','c3bd645135044617bdc67a23710cf9ff','import','member','m931b27399715','@create','{"active": true, "address": "江川市凤鸣区文化路55号", "name": "段文华", "phone": "15792980328", "present": true, "sector": "教育界", "work_unit": "江川大学生命科学学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-279','df43e03b2a18a483',279,'1796121449068.00026','root','c3bd645135044617bdc67a23710cf9ff','import','member','m00430e9a7159','@create','{"active": true, "address": "江川市高新区人民路83号", "name": "林健", "phone": "15241288229", "present": true, "sector": "经济界", "work_unit": "江川永盛科技有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-280','df43e03b2a18a483',280,'1796121449068.00027','root','c3bd645135044617bdc67a23710cf9ff','import','member','mccbb0eed87fe','@create','{"active": true, "address": "江川市凤鸣区迎宾大道208号", "name": "王楠", "phone": "19917249396", "present": true, "sector": "中国共产党", "work_unit": "江川农商银行副行长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-281','df43e03b2a18a483',281,'1796121449068.00028','root','c3bd645135044617bdc67a23710cf9ff','import','member','m445adb9d8d35','@create','{"active": true, "address": "江川市江城区长江路386号", "name": "赵欣萱", "phone": "19831079960", "present": true, "sector": "无党派人士", "work_unit": "临江区城南街道社区卫生服务中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-282','df43e03b2a18a483',282,'1796121449068.00029','root','c3bd645135044617bdc67a23710cf9ff','import','member','m0e5ad785bb54','@create','{"active": true, "address": "江川市石桥县光明路207号", "name": "廖伟涛", "phone": "13206339224", "present": true, "sector": "文化艺术界", "work_unit": "江川市文化馆馆长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-283','df43e03b2a18a483',283,'1796121449068.00030','root','c3bd645135044617bdc67a23710cf9ff','import','member','m43611dfe5a3c','@create','{"active": true, "address": "江川市高新区锦绣大道258号", "name": "宋晓丽", "phone": "15740443124", "present": true, "sector": "社会福利和社会保障界", "work_unit": "江川市启明公益服务中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-284','df43e03b2a18a483',284,'1796121449068.00031','root','c3bd645135044617bdc67a23710cf9ff','import','member','mdc59cd293986','@create','{"active": true, "address": "江川市石桥县长江路344号", "name": "李淑琳", "phone": "18611396468", "present": true, "sector": "九三学社", "work_unit": "梅溪县桃源镇社区卫生服务中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-285','df43e03b2a18a483',285,'1796121449068.00032','root','c3bd645135044617bdc67a23710cf9ff','import','member','m87caed81d821','@create','{"active": true, "address": "江川市青山区文化路168号", "name": "吴雅霞", "phone": "19822465760", "present": true, "sector": "无党派人士", "work_unit": "江川大学机械工程学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-286','df43e03b2a18a483',286,'1796121449068.00033','root','c3bd645135044617bdc67a23710cf9ff','import','member','m3c72adda763e','@create','{"active": true, "address": "江川市高新区青年路48号", "name": "袁德杰", "phone": "18030365822", "present": true, "sector": "社会科学界", "work_unit": "中共江川市委党校教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-287','df43e03b2a18a483',287,'1796121449068.00034','root','c3bd645135044617bdc67a23710cf9ff','import','member','m1368e7097a24','@create','{"active": true, "address": "江川市梅溪县滨江路236号", "name": "杨美婷", "phone": "13026295426", "present": true, "sector": "体育界", "work_unit": "江川市全民健身中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-288','df43e03b2a18a483',288,'1796121449068.00035','root','c3bd645135044617bdc67a23710cf9ff','import','member','mcd52d5827bb2','@create','{"active": true, "address": "江川市石桥县迎宾大道263号", "name": "田海兰", "phone": "19309270018", "present": true, "sector": "医药卫生界", "work_unit": "江川市第一人民医院呼吸科主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-289','df43e03b2a18a483',289,'1796121449068.00036','root','c3bd645135044617bdc67a23710cf9ff','import','member','m15817c21b6dd','@create','{"active": true, "address": "江川市梅溪县建设路217号", "name": "李春龙", "phone": "19133594089", "present": true, "sector": "无党派人士", "work_unit": "江川大学生命科学学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-290','df43e03b2a18a483',290,'1796121449068.00037','root','c3bd645135044617bdc67a23710cf9ff','import','member','ma0b4f52f4144','@create','{"active": true, "address": "江川市川东区和平路124号", "name": "王立林", "phone": "18765734047", "present": true, "sector": "医药卫生界", "work_unit": "临江区桃源镇社区卫生服务中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-291','df43e03b2a18a483',291,'1796121449068.00038','root','c3bd645135044617bdc67a23710cf9ff','import','member','m7e62f71dd4c7','@create','{"active": true, "address": "江川市高新区朝阳路306号", "name": "孙天国", "phone": "13830372196", "present": true, "sector": "社会科学界", "work_unit": "江川市社会科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-292','df43e03b2a18a483',292,'1796121449068.00039','root','c3bd645135044617bdc67a23710cf9ff','import','member','mf616bb0b0597','@create','{"active": true, "address": "江川市青山区滨江路58号", "name": "杨美英", "phone": "13854756549", "present": true, "sector": "医药卫生界", "work_unit": "高新区望江街道社区卫生服务中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-293','df43e03b2a18a483',293,'1796121449068.00040','root','c3bd645135044617bdc67a23710cf9ff','import','member','ma87d19284cf5','@create','{"active": true, "address": "江川市高新区解放大道302号", "name": "王立豪", "phone": "13264476716", "present": true, "sector": "中国民主同盟", "work_unit": "江川市歌舞剧院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-294','df43e03b2a18a483',294,'1796121449068.00041','root','c3bd645135044617bdc67a23710cf9ff','import','member','m77fe7dd70ccc','@create','{"active": true, "address": "江川市梅溪县解放大道258号", "name": "刘俊波", "phone": "19593965498", "present": true, "sector": "九三学社", "work_unit": "江川众鑫物流有限公司总工程师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-295','df43e03b2a18a483',295,'1796121449068.00042','root','c3bd645135044617bdc67a23710cf9ff','import','member','m51a4dc3f4bfb','@create','{"active": true, "address": "江川市青山区长江路226号", "name": "李俊涛", "phone": "18671355953", "present": true, "sector": "文化艺术界", "work_unit": "江川市歌舞剧院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-296','df43e03b2a18a483',296,'1796121449068.00043','root','c3bd645135044617bdc67a23710cf9ff','import','member','m2499ab4e972b','@create','{"active": true, "address": "江川市高新区迎宾大道273号", "name": "闫东", "phone": "13827597603", "present": true, "sector": "教育界", "work_unit": "江川大学文学院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-297','df43e03b2a18a483',297,'1796121449068.00044','root','c3bd645135044617bdc67a23710cf9ff','import','member','m62fbd52e75e1','@create','{"active": true, "address": "江川市高新区人民路193号", "name": "赵淑娟", "phone": "15903616656", "present": true, "sector": "工商联", "work_unit": "江川恒通物流有限公司董事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-298','df43e03b2a18a483',298,'1796121449068.00045','root','c3bd645135044617bdc67a23710cf9ff','import','member','mfb504901b74c','@create','{"active": true, "address": "江川市石桥县新华路301号", "name": "黄春平", "phone": "15765150395", "present": true, "sector": "中国共产党", "work_unit": "江川医学院附属医院急诊科教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-299','df43e03b2a18a483',299,'1796121449068.00046','root','c3bd645135044617bdc67a23710cf9ff','import','member','m9daf3d8b0950','@create','{"active": true, "address": "江川市川东区振兴路1号", "name": "孙永峰", "phone": "13714914946", "present": true, "sector": "少数民族界", "work_unit": "江川市民族中学校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-300','df43e03b2a18a483',300,'1796121449068.00047','root','c3bd645135044617bdc67a23710cf9ff','import','member','m574457198420','@create','{"active": true, "address": "江川市梅溪县文化路271号", "name": "王春勇", "phone": "13505384283", "present": true, "sector": "少数民族界", "work_unit": "江川润泽食品股份有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-301','df43e03b2a18a483',301,'1796121449068.00048','root','c3bd645135044617bdc67a23710cf9ff','import','member','m7fa3d4752587','@create','{"active": true, "address": "江川市高新区锦绣大道326号", "name": "马婷瑶", "phone": "15981348868", "present": true, "sector": "共青团", "work_unit": "团市委副书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-302','df43e03b2a18a483',302,'1796121449068.00049','root','c3bd645135044617bdc67a23710cf9ff','import','member','mfcb293499420','@create','{"active": true, "address": "江川市临江区文化路261号", "name": "郭晨涵", "phone": "15579011907", "present": true, "sector": "科学技术界", "work_unit": "江川宏达建设集团有限公司总工程师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-303','df43e03b2a18a483',303,'1796121449068.00050','root','c3bd645135044617bdc67a23710cf9ff','import','member','m8dc121f52669','@create','{"active": true, "address": "江川市梅溪县朝阳路370号", "name": "肖旭", "phone": "13036048571", "present": true, "sector": "经济界", "work_unit": "江川天成纺织有限公司财务总监"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-304','df43e03b2a18a483',304,'1796121449068.00051','root','c3bd645135044617bdc67a23710cf9ff','import','member','m490d5b2326e4','@create','{"active": true, "address": "江川市青山区学府路233号", "name": "王立东", "phone": "15872246825", "present": true, "sector": "中国共产党", "work_unit": "石桥县政协主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-305','df43e03b2a18a483',305,'1796121449068.00052','root','c3bd645135044617bdc67a23710cf9ff','import','member','m99212c363567','@create','{"active": true, "address": "江川市梅溪县解放大道258号", "name": "李佳红", "phone": "15245192836", "present": true, "sector": "中国民主促进会", "work_unit": "江川市美术家协会副主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-306','df43e03b2a18a483',306,'1796121449068.00053','root','c3bd645135044617bdc67a23710cf9ff','import','member','m1a473ea42648','@create','{"active": true, "address": "江川市高新区滨江路131号", "name": "王德国", "phone": "13590826580", "present": true, "sector": "中国国民党革命委员会", "work_unit": "高新区教育局副局长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-307','df43e03b2a18a483',307,'1796121449068.00054','root','c3bd645135044617bdc67a23710cf9ff','import','member','m92e66ea41408','@create','{"active": true, "address": "江川市凤鸣区朝阳路40号", "name": "刘晓伟", "phone": "13796550572", "present": true, "sector": "科学技术界", "work_unit": "江川大学文学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-308','df43e03b2a18a483',308,'1796121449068.00055','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb49a601732e5','@create','{"active": true, "address": "江川市临江区振兴路158号", "name": "刘世伟", "phone": "13391099092", "present": true, "sector": "体育界", "work_unit": "江川市全民健身中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-309','df43e03b2a18a483',309,'1796121449068.00056','root','c3bd645135044617bdc67a23710cf9ff','import','member','m01506012bfb8','@create','{"active": true, "address": "江川市石桥县新华路64号", "name": "苏嘉颖", "phone": "13885019766", "present": true, "sector": "宗教界", "work_unit": "江川市基督教两会主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-310','df43e03b2a18a483',310,'1796121449068.00057','root','c3bd645135044617bdc67a23710cf9ff','import','member','m9584892a6031','@create','{"active": true, "address": "江川市青山区光明路310号", "name": "于天杰", "phone": "18056815784", "present": true, "sector": "中国国民党革命委员会", "work_unit": "江川汇川电子科技有限公司董事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-311','df43e03b2a18a483',311,'1796121449068.00058','root','c3bd645135044617bdc67a23710cf9ff','import','member','m24447c975d67','@create','{"active": true, "address": "江川市江城区和平路371号", "name": "黄海敏", "phone": "19904350037", "present": true, "sector": "总工会", "work_unit": "江川市总工会副主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-312','df43e03b2a18a483',312,'1796121449068.00059','root','c3bd645135044617bdc67a23710cf9ff','import','member','m4702b33c067f','@create','{"active": true, "address": "江川市临江区人民路168号", "name": "石海平", "phone": "18676226902", "present": true, "sector": "医药卫生界", "work_unit": "江川医学院附属医院神经内科教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-313','df43e03b2a18a483',313,'1796121449068.00060','root','c3bd645135044617bdc67a23710cf9ff','import','member','m6a87ff84f9fa','@create','{"active": true, "address": "江川市青山区青年路241号", "name": "王健", "phone": "13627045631", "present": true, "sector": "中国民主促进会", "work_unit": "江川职业技术学院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-314','df43e03b2a18a483',314,'1796121449068.00061','root','c3bd645135044617bdc67a23710cf9ff','import','member','mc78e3b2cf40b','@create','{"active": true, "address": "江川市江城区人民路26号", "name": "赵永生", "phone": "13187551327", "present": true, "sector": "中国共产党", "work_unit": "江川市人民政府参事"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-315','df43e03b2a18a483',315,'1796121449068.00062','root','c3bd645135044617bdc67a23710cf9ff','import','member','m58f6b29848ae','@create','{"active": true, "address": "江川市石桥县学府路133号", "name": "张德龙", "phone": "15599826206", "present": true, "sector": "中国民主同盟", "work_unit": "江川市第三中学副校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-316','df43e03b2a18a483',316,'1796121449068.00063','root','c3bd645135044617bdc67a23710cf9ff','import','member','mf6ffefe962ca','@create','{"active": true, "address": "江川市凤鸣区长江路219号", "name": "谢春梅", "phone": "15933829596", "present": true, "sector": "教育界", "work_unit": "江城区实验小学副校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-317','df43e03b2a18a483',317,'1796121449068.00064','root','c3bd645135044617bdc67a23710cf9ff','import','member','m742123d5fbb5','@create','{"active": true, "address": "江川市江城区迎宾大道289号", "name": "杨晓娟", "phone": "15106963126", "present": true, "sector": "总工会", "work_unit": "江川瑞丰机械制造有限公司工会主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-318','df43e03b2a18a483',318,'1796121449068.00065','root','c3bd645135044617bdc67a23710cf9ff','import','member','m6edac12f275a','@create','{"active": true, "address": "江川市江城区锦绣大道162号", "name": "李婷红", "phone": "13956543230", "present": true, "sector": "中国民主促进会", "work_unit": "江川外国语学校教师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-319','df43e03b2a18a483',319,'1796121449068.00066','root','c3bd645135044617bdc67a23710cf9ff','import','member','m3a42433caa66','@create','{"active": true, "address": "江川市凤鸣区人民路211号", "name": "陈刚", "phone": "19196399642", "present": true, "sector": "中国国民党革命委员会", "work_unit": "凤鸣区教育局副局长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-320','df43e03b2a18a483',320,'1796121449068.00067','root','c3bd645135044617bdc67a23710cf9ff','import','member','m960467e970c8','@create','{"active": true, "address": "江川市川东区新华路18号", "name": "邹德涛", "phone": "18819964454", "present": true, "sector": "中国民主促进会", "work_unit": "江川出版社编审"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-321','df43e03b2a18a483',321,'1796121449068.00068','root','c3bd645135044617bdc67a23710cf9ff','import','member','m5144964eaae5','@create','{"active": true, "address": "江川市川东区光明路110号", "name": "张雨燕", "phone": "18154103911", "present": true, "sector": "中国农工民主党", "work_unit": "江川市第一人民医院神经内科主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-322','df43e03b2a18a483',322,'1796121449068.00069','root','c3bd645135044617bdc67a23710cf9ff','import','member','m0e47d07b982c','@create','{"active": true, "address": "江川市梅溪县朝阳路351号", "name": "夏明刚", "phone": "19549234640", "present": true, "sector": "科学技术界", "work_unit": "江川市科学技术信息研究所所长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-323','df43e03b2a18a483',323,'1796121449068.00070','root','c3bd645135044617bdc67a23710cf9ff','import','member','m03caae602b9c','@create','{"active": true, "address": "江川市凤鸣区学府路255号", "name": "吴志华", "phone": "13693374984", "present": true, "sector": "医药卫生界", "work_unit": "江川医学院附属医院呼吸科教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-324','df43e03b2a18a483',324,'1796121449068.00071','root','c3bd645135044617bdc67a23710cf9ff','import','member','mc7af42928a93','@create','{"active": true, "address": "江川市高新区新华路265号", "name": "张美萍", "phone": "19885885130", "present": true, "sector": "工商联", "work_unit": "江川远航食品股份有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-325','df43e03b2a18a483',325,'1796121449068.00072','root','c3bd645135044617bdc67a23710cf9ff','import','member','mcc90966b267a','@create','{"active": true, "address": "江川市凤鸣区光明路352号", "name": "贺艳", "phone": "15998887442", "present": true, "sector": "医药卫生界", "work_unit": "川东区人民医院院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-326','df43e03b2a18a483',326,'1796121449068.00073','root','c3bd645135044617bdc67a23710cf9ff','import','member','mdfecdcafd040','@create','{"active": true, "address": "江川市青山区锦绣大道295号", "name": "张丽瑶", "phone": "13660858576", "present": true, "sector": "工商联", "work_unit": "江川远航科技有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-327','df43e03b2a18a483',327,'1796121449068.00074','root','c3bd645135044617bdc67a23710cf9ff','import','member','m7e70df681963','@create','{"active": true, "address": "江川市江城区科创大道80号", "name": "吴刚", "phone": "19142915143", "present": true, "sector": "中国农工民主党", "work_unit": "江川医学院附属医院呼吸科教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-328','df43e03b2a18a483',328,'1796121449068.00075','root','c3bd645135044617bdc67a23710cf9ff','import','member','mc686eb941f5b','@create','{"active": true, "address": "江川市临江区人民路363号", "name": "张佳婷", "phone": "15266097268", "present": true, "sector": "科学技术界", "work_unit": "江川大学化学化工学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-329','df43e03b2a18a483',329,'1796121449068.00076','root','c3bd645135044617bdc67a23710cf9ff','import','member','m19d4252a25d2','@create','{"active": true, "address": "江川市凤鸣区学府路192号", "name": "刘娜", "phone": "15881409310", "present": true, "sector": "中国民主同盟", "work_unit": "江川市第二中学校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-330','df43e03b2a18a483',330,'1796121449068.00077','root','c3bd645135044617bdc67a23710cf9ff','import','member','mc3699a66ce74','@create','{"active": true, "address": "江川市梅溪县和平路300号", "name": "朱明生", "phone": "18133414407", "present": true, "sector": "少数民族界", "work_unit": "江川启明新材料股份有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-331','df43e03b2a18a483',331,'1796121449068.00078','root','c3bd645135044617bdc67a23710cf9ff','import','member','m9407d04c0bcf','@create','{"active": true, "address": "江川市梅溪县学府路377号", "name": "唐淑华", "phone": "15816864793", "present": true, "sector": "经济界", "work_unit": "江川佳禾纺织有限公司副总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-332','df43e03b2a18a483',332,'1796121449068.00079','root','c3bd645135044617bdc67a23710cf9ff','import','member','m0ab83fe88856','@create','{"active": true, "address": "江川市青山区朝阳路323号", "name": "黄欣", "phone": "15150636540", "present": true, "sector": "无党派人士", "work_unit": "江川大学法学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-333','df43e03b2a18a483',333,'1796121449068.00080','root','c3bd645135044617bdc67a23710cf9ff','import','member','m1aea68ac07e9','@create','{"active": true, "address": "江川市梅溪县朝阳路93号", "name": "黄美洁", "phone": "13114563607", "present": true, "sector": "中国民主同盟", "work_unit": "江川大学马克思主义学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-334','df43e03b2a18a483',334,'1796121449068.00081','root','c3bd645135044617bdc67a23710cf9ff','import','member','ma22f66a1d670','@create','{"active": true, "address": "江川市临江区长江路23号", "name": "朱志军", "phone": "18914730779", "present": true, "sector": "经济界", "work_unit": "江川鼎盛新材料股份有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-335','df43e03b2a18a483',335,'1796121449068.00082','root','c3bd645135044617bdc67a23710cf9ff','import','member','m1d0754c1d7f2','@create','{"active": true, "address": "江川市石桥县解放大道369号", "name": "戴美涵", "phone": "15749897941", "present": true, "sector": "中国致公党", "work_unit": "江川博远进出口有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-336','df43e03b2a18a483',336,'1796121449068.00083','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb9bf02383c19','@create','{"active": true, "address": "江川市凤鸣区长江路373号", "name": "杨雨洁", "phone": "18379408637", "present": true, "sector": "文化艺术界", "work_unit": "江川市博物馆副馆长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-337','df43e03b2a18a483',337,'1796121449068.00084','root','c3bd645135044617bdc67a23710cf9ff','import','member','m445b47e71a50','@create','{"active": true, "address": "江川市梅溪县青年路67号", "name": "李振鹏", "phone": "18148775336", "present": true, "sector": "中国共产党", "work_unit": "江川宏达建设集团有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-338','df43e03b2a18a483',338,'1796121449068.00085','root','c3bd645135044617bdc67a23710cf9ff','import','member','m1d41dfd374b7','@create','{"active": true, "address": "江川市凤鸣区朝阳路159号", "name": "余秀琳", "phone": "18660160749", "present": true, "sector": "医药卫生界", "work_unit": "江川市疾病预防控制中心主任医师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-339','df43e03b2a18a483',339,'1796121449068.00086','root','c3bd645135044617bdc67a23710cf9ff','import','member','m5a45b679b5b4','@create','{"active": true, "address": "江川市石桥县光明路142号", "name": "周春婷", "phone": "18159425434", "present": true, "sector": "经济界", "work_unit": "江川瑞丰食品股份有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-340','df43e03b2a18a483',340,'1796121449068.00087','root','c3bd645135044617bdc67a23710cf9ff','import','member','m00a7ec69dca1','@create','{"active": true, "address": "江川市高新区学府路348号", "name": "邓玉怡", "phone": "13786782944", "present": true, "sector": "中国民主同盟", "work_unit": "江川市美术家协会副主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-341','df43e03b2a18a483',341,'1796121449068.00088','root','c3bd645135044617bdc67a23710cf9ff','import','member','m43757e53780d','@create','{"active": true, "address": "江川市江城区学府路33号", "name": "何若涵", "phone": "13126471511", "present": true, "sector": "中国共产党", "work_unit": "临江区人民政府副区长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-342','df43e03b2a18a483',342,'1796121449068.00089','root','c3bd645135044617bdc67a23710cf9ff','import','member','m0a6207071669','@create','{"active": true, "address": "江川市高新区建设路214号", "name": "张嘉斌", "phone": "19926805863", "present": true, "sector": "少数民族界", "work_unit": "江川恒通建设集团有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-343','df43e03b2a18a483',343,'1796121449068.00090','root','c3bd645135044617bdc67a23710cf9ff','import','member','m9e6ff6e084ef','@create','{"active": true, "address": "江川市江城区青年路94号", "name": "熊晓伟", "phone": "19116520048", "present": true, "sector": "医药卫生界", "work_unit": "江川医学院附属医院心内科教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-344','df43e03b2a18a483',344,'1796121449068.00091','root','c3bd645135044617bdc67a23710cf9ff','import','member','m3efb9b9f53e4','@create','{"active": true, "address": "江川市川东区解放大道92号", "name": "秦晨霞", "phone": "15541003380", "present": true, "sector": "体育界", "work_unit": "江川市游泳队教练"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-345','df43e03b2a18a483',345,'1796121449068.00092','root','c3bd645135044617bdc67a23710cf9ff','import','member','m7be9de01e139','@create','{"active": true, "address": "江川市临江区迎宾大道296号", "name": "周琳", "phone": "19561497171", "present": true, "sector": "农业界", "work_unit": "临江区城南街道众鑫村党支部书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-346','df43e03b2a18a483',346,'1796121449068.00093','root','c3bd645135044617bdc67a23710cf9ff','import','member','mf8b8b94f5285','@create','{"active": true, "address": "江川市高新区青年路310号", "name": "张浩林", "phone": "15959250835", "present": true, "sector": "中国致公党", "work_unit": "江川农商银行副行长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-347','df43e03b2a18a483',347,'1796121449068.00094','root','c3bd645135044617bdc67a23710cf9ff','import','member','m658e1e7f85fd','@create','{"active": true, "address": "江川市江城区迎宾大道77号", "name": "江世刚", "phone": "18955730174", "present": true, "sector": "中国共产党", "work_unit": "江川市人民政府参事"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-348','df43e03b2a18a483',348,'1796121449068.00095','root','c3bd645135044617bdc67a23710cf9ff','import','member','m722e85ba9e12','@create','{"active": true, "address": "江川市石桥县解放大道191号", "name": "袁宏波", "phone": "15151109680", "present": true, "sector": "科学技术界", "work_unit": "江川市科学技术信息研究所所长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-349','df43e03b2a18a483',349,'1796121449068.00096','root','c3bd645135044617bdc67a23710cf9ff','import','member','m2af726828a59','@create','{"active": true, "address": "江川市凤鸣区文化路339号", "name": "王诗婷", "phone": "13062874571", "present": true, "sector": "中国共产党", "work_unit": "江川嘉和机械制造有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-350','df43e03b2a18a483',350,'1796121449068.00097','root','c3bd645135044617bdc67a23710cf9ff','import','member','mdce43ad79490','@create','{"active": true, "address": "江川市石桥县朝阳路37号", "name": "刘俊鹏", "phone": "15514555194", "present": true, "sector": "文化艺术界", "work_unit": "江川市美术家协会副主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-351','df43e03b2a18a483',351,'1796121449068.00098','root','c3bd645135044617bdc67a23710cf9ff','import','member','m52b4dda7d5b4','@create','{"active": true, "address": "江川市凤鸣区锦绣大道177号", "name": "江艳", "phone": "15956700411", "present": true, "sector": "农业界", "work_unit": "梅溪县西关街道同创村党支部书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-352','df43e03b2a18a483',352,'1796121449068.00099','root','c3bd645135044617bdc67a23710cf9ff','import','member','m9a47d4fd5a97','@create','{"active": true, "address": "江川市石桥县朝阳路177号", "name": "林若英", "phone": "18062806644", "present": true, "sector": "科学技术界", "work_unit": "江川市科学技术信息研究所所长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-353','df43e03b2a18a483',353,'1796121449068.00100','root','c3bd645135044617bdc67a23710cf9ff','import','member','m0ea6b1703d6b','@create','{"active": true, "address": "江川市川东区振兴路94号", "name": "李莉", "phone": "19856739264", "present": true, "sector": "教育界", "work_unit": "梅溪县教育局副局长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-354','df43e03b2a18a483',354,'1796121449068.00101','root','c3bd645135044617bdc67a23710cf9ff','import','member','m206b9c0ce8a2','@create','{"active": true, "address": "江川市石桥县解放大道273号", "name": "李军", "phone": "19923295541", "present": true, "sector": "中国国民党革命委员会", "work_unit": "江川润泽生物医药有限公司副总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-355','df43e03b2a18a483',355,'1796121449068.00102','root','c3bd645135044617bdc67a23710cf9ff','import','member','m5e3a98954c92','@create','{"active": true, "address": "江川市临江区光明路69号", "name": "苏洋", "phone": "18083691203", "present": true, "sector": "体育界", "work_unit": "江川市游泳队教练"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-356','df43e03b2a18a483',356,'1796121449068.00103','root','c3bd645135044617bdc67a23710cf9ff','import','member','m7b20b0f0f761','@create','{"active": true, "address": "江川市青山区人民路239号", "name": "吴振斌", "phone": "19319251602", "present": true, "sector": "中国民主同盟", "work_unit": "江川市科学技术信息研究所所长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-357','df43e03b2a18a483',357,'1796121449068.00104','root','c3bd645135044617bdc67a23710cf9ff','import','member','m09343c2e6467','@create','{"active": true, "address": "江川市江城区长江路332号", "name": "李强", "phone": "15108763788", "present": true, "sector": "文化艺术界", "work_unit": "江川市书法家协会主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-358','df43e03b2a18a483',358,'1796121449068.00105','root','c3bd645135044617bdc67a23710cf9ff','import','member','m4ef121448301','@create','{"active": true, "address": "江川市石桥县锦绣大道146号", "name": "陈永华", "phone": "13786505156", "present": true, "sector": "中国民主建国会", "work_unit": "江川启明实业集团有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-359','df43e03b2a18a483',359,'1796121449068.00106','root','c3bd645135044617bdc67a23710cf9ff','import','member','m4be406911618','@create','{"active": true, "address": "江川市江城区科创大道314号", "name": "邹静芳", "phone": "15209393539", "present": true, "sector": "经济界", "work_unit": "江川同创新材料股份有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-360','df43e03b2a18a483',360,'1796121449068.00107','root','c3bd645135044617bdc67a23710cf9ff','import','member','m60aa3dd35596','@create','{"active": true, "address": "江川市临江区新华路358号", "name": "刘玉凤", "phone": "18813751338", "present": true, "sector": "经济界", "work_unit": "江川宏达纺织有限公司副总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-361','df43e03b2a18a483',361,'1796121449068.00108','root','c3bd645135044617bdc67a23710cf9ff','import','member','mcf7897afe4db','@create','{"active": true, "address": "江川市青山区学府路38号", "name": "蒋梦涵", "phone": "18706946039", "present": true, "sector": "经济界", "work_unit": "江川博远生物医药有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-362','df43e03b2a18a483',362,'1796121449068.00109','root','c3bd645135044617bdc67a23710cf9ff','import','member','m8c8a2f461aa4','@create','{"active": true, "address": "江川市梅溪县振兴路191号", "name": "周诗华", "phone": "13944793798", "present": true, "sector": "特邀人士", "work_unit": "凤鸣区政协主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-363','df43e03b2a18a483',363,'1796121449068.00110','root','c3bd645135044617bdc67a23710cf9ff','import','member','m8fcea7124401','@create','{"active": true, "address": "江川市临江区迎宾大道94号", "name": "吴金成", "phone": "15843933412", "present": true, "sector": "医药卫生界", "work_unit": "江川市疾病预防控制中心主任医师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-364','df43e03b2a18a483',364,'1796121449068.00111','root','c3bd645135044617bdc67a23710cf9ff','import','member','md65a6c65babc','@create','{"active": true, "address": "江川市青山区振兴路26号", "name": "刘宏强", "phone": "19976292085", "present": true, "sector": "经济界", "work_unit": "江川农商银行副行长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-365','df43e03b2a18a483',365,'1796121449068.00112','root','c3bd645135044617bdc67a23710cf9ff','import','member','me80d7b5bfb25','@create','{"active": true, "address": "江川市高新区文化路64号", "name": "刘志成", "phone": "13931737219", "present": true, "sector": "总工会", "work_unit": "江川市总工会副主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-366','df43e03b2a18a483',366,'1796121449068.00113','root','c3bd645135044617bdc67a23710cf9ff','import','member','m0c3bfa9ccc25','@create','{"active": true, "address": "江川市江城区人民路60号", "name": "贺文豪", "phone": "13867324392", "present": true, "sector": "经济界", "work_unit": "江川新源建设集团有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-367','df43e03b2a18a483',367,'1796121449068.00114','root','c3bd645135044617bdc67a23710cf9ff','import','member','ma852df816f40','@create','{"active": true, "address": "江川市川东区长江路315号", "name": "王翠玲", "phone": "13055483772", "present": true, "sector": "中国民主同盟", "work_unit": "江川市农业科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-368','df43e03b2a18a483',368,'1796121449068.00115','root','c3bd645135044617bdc67a23710cf9ff','import','member','ma388dab81492','@create','{"active": true, "address": "江川市凤鸣区振兴路216号", "name": "陈晓涵", "phone": "15915897253", "present": true, "sector": "无党派人士", "work_unit": "江川华信律师事务所律师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-369','df43e03b2a18a483',369,'1796121449068.00116','root','c3bd645135044617bdc67a23710cf9ff','import','member','m5eb7059cb77c','@create','{"active": true, "address": "江川市临江区学府路86号", "name": "吴博成", "phone": "13297287888", "present": true, "sector": "中国民主同盟", "work_unit": "江川大学法学院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-370','df43e03b2a18a483',370,'1796121449068.00117','root','c3bd645135044617bdc67a23710cf9ff','import','member','m7f3d279c7472','@create','{"active": true, "address": "江川市临江区光明路33号", "name": "张若琳", "phone": "13044233585", "present": true, "sector": "医药卫生界", "work_unit": "江川市第一人民医院心内科主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-371','df43e03b2a18a483',371,'1796121449068.00118','root','c3bd645135044617bdc67a23710cf9ff','import','member','m5ccb8ea4592f','@create','{"active": true, "address": "江川市石桥县锦绣大道148号", "name": "徐嘉琳", "phone": "15253155994", "present": true, "sector": "农业界", "work_unit": "江川市农业科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-372','df43e03b2a18a483',372,'1796121449068.00119','root','c3bd645135044617bdc67a23710cf9ff','import','member','m064256c3cb43','@create','{"active": true, "address": "江川市石桥县和平路354号", "name": "刘雅梅", "phone": "19396611426", "present": true, "sector": "中国民主同盟", "work_unit": "川东区教育局副局长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-373','df43e03b2a18a483',373,'1796121449068.00120','root','c3bd645135044617bdc67a23710cf9ff','import','member','mdec698462d1b','@create','{"active": true, "address": "江川市江城区学府路349号", "name": "孙斌", "phone": "18843727672", "present": true, "sector": "中国国民党革命委员会", "work_unit": "江川市第三中学校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-374','df43e03b2a18a483',374,'1796121449068.00121','root','c3bd645135044617bdc67a23710cf9ff','import','member','m8bb76585880f','@create','{"active": true, "address": "江川市凤鸣区建设路351号", "name": "梁颖", "phone": "13630978322", "present": true, "sector": "教育界", "work_unit": "江川职业技术学院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-375','df43e03b2a18a483',375,'1796121449068.00122','root','c3bd645135044617bdc67a23710cf9ff','import','member','mcc9cca75aaa6','@create','{"active": true, "address": "江川市梅溪县解放大道396号", "name": "闫欣颖", "phone": "18262526169", "present": true, "sector": "中国农工民主党", "work_unit": "江川市疾病预防控制中心主任医师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-376','df43e03b2a18a483',376,'1796121449068.00123','root','c3bd645135044617bdc67a23710cf9ff','import','member','mfdaaa3532658','@create','{"active": true, "address": "江川市青山区光明路248号", "name": "邓晶", "phone": "18281849908", "present": true, "sector": "中国民主建国会", "work_unit": "江川天成建设集团有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-377','df43e03b2a18a483',377,'1796121449068.00124','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb69c6e7c7cdf','@create','{"active": true, "address": "江川市凤鸣区科创大道397号", "name": "吴国杰", "phone": "19508921391", "present": true, "sector": "中国民主促进会", "work_unit": "江川市博物馆副馆长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-378','df43e03b2a18a483',378,'1796121449068.00125','root','c3bd645135044617bdc67a23710cf9ff','import','member','m764a5ae949ab','@create','{"active": true, "address": "江川市临江区建设路91号", "name": "杨丽燕", "phone": "18099531451", "present": true, "sector": "中国致公党", "work_unit": "江川市人民政府外事办公室副主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-379','df43e03b2a18a483',379,'1796121449068.00126','root','c3bd645135044617bdc67a23710cf9ff','import','member','ma392696a08f7','@create','{"active": true, "address": "江川市青山区长江路215号", "name": "于德宇", "phone": "13275671809", "present": true, "sector": "总工会", "work_unit": "江川市总工会副主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-380','df43e03b2a18a483',380,'1796121449068.00127','root','c3bd645135044617bdc67a23710cf9ff','import','member','m392c4e2f8262','@create','{"active": true, "address": "江川市青山区和平路15号", "name": "张振生", "phone": "15227661361", "present": true, "sector": "中国共产党", "work_unit": "江川大学经济管理学院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-381','df43e03b2a18a483',381,'1796121449068.00128','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb44a67abe629','@create','{"active": true, "address": "江川市江城区解放大道29号", "name": "程秀丽", "phone": "19337633551", "present": true, "sector": "文化艺术界", "work_unit": "江川市文化馆馆长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-382','df43e03b2a18a483',382,'1796121449068.00129','root','c3bd645135044617bdc67a23710cf9ff','import','member','m2aaee0f6e96e','@create','{"active": true, "address": "江川市临江区锦绣大道270号", "name": "陈美红", "phone": "15864313238", "present": true, "sector": "中国民主同盟", "work_unit": "江川市文化馆馆长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-383','df43e03b2a18a483',383,'1796121449068.00130','root','c3bd645135044617bdc67a23710cf9ff','import','member','m7b38b034851b','@create','{"active": true, "address": "江川市石桥县解放大道115号", "name": "林宁", "phone": "15731028337", "present": true, "sector": "工商联", "work_unit": "江川宏达物流有限公司副总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-384','df43e03b2a18a483',384,'1796121449068.00131','root','c3bd645135044617bdc67a23710cf9ff','import','member','ma33ce6e3ca56','@create','{"active": true, "address": "江川市江城区建设路154号", "name": "李鹏", "phone": "13263326577", "present": true, "sector": "中国国民党革命委员会", "work_unit": "临江区教育局副局长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-385','df43e03b2a18a483',385,'1796121449068.00132','root','c3bd645135044617bdc67a23710cf9ff','import','member','m1793ed7909d6','@create','{"active": true, "address": "江川市临江区光明路186号", "name": "王丽", "phone": "19973973887", "present": true, "sector": "医药卫生界", "work_unit": "江川市第一人民医院急诊科主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-386','df43e03b2a18a483',386,'1796121449068.00133','root','c3bd645135044617bdc67a23710cf9ff','import','member','m17c91fba8a18','@create','{"active": true, "address": "江川市青山区科创大道247号", "name": "张建华", "phone": "18246324686", "present": true, "sector": "无党派人士", "work_unit": "石桥县人民医院院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-387','df43e03b2a18a483',387,'1796121449068.00134','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb93cf0a78085','@create','{"active": true, "address": "江川市川东区科创大道295号", "name": "吴文萍", "phone": "15563974728", "present": true, "sector": "农业界", "work_unit": "江川市农业科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-388','df43e03b2a18a483',388,'1796121449068.00135','root','c3bd645135044617bdc67a23710cf9ff','import','member','m7cc15cba97a9','@create','{"active": true, "address": "江川市高新区学府路217号", "name": "董子辉", "phone": "19131365911", "present": true, "sector": "文化艺术界", "work_unit": "江川市美术家协会副主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-389','df43e03b2a18a483',389,'1796121449068.00136','root','c3bd645135044617bdc67a23710cf9ff','import','member','m98da57c80894','@create','{"active": true, "address": "江川市青山区文化路280号", "name": "林宇", "phone": "18105119427", "present": true, "sector": "无党派人士", "work_unit": "江川市公证处主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-390','df43e03b2a18a483',390,'1796121449068.00137','root','c3bd645135044617bdc67a23710cf9ff','import','member','mfd4a5ce16804','@create','{"active": true, "address": "江川市高新区迎宾大道142号", "name": "张刚", "phone": "19815642706", "present": true, "sector": "社会福利和社会保障界", "work_unit": "江川市中联养老服务中心负责人"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-391','df43e03b2a18a483',391,'1796121449068.00138','root','c3bd645135044617bdc67a23710cf9ff','import','member','m25f0973ed448','@create','{"active": true, "address": "江川市高新区振兴路86号", "name": "刘艳", "phone": "13567179577", "present": true, "sector": "工商联", "work_unit": "江川鼎盛置业有限公司董事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-392','df43e03b2a18a483',392,'1796121449068.00139','root','c3bd645135044617bdc67a23710cf9ff','import','member','m1c0fe64fe193','@create','{"active": true, "address": "江川市高新区光明路311号", "name": "孙芳", "phone": "15939597519", "present": true, "sector": "科协", "work_unit": "江川大学生命科学学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-393','df43e03b2a18a483',393,'1796121449068.00140','root','c3bd645135044617bdc67a23710cf9ff','import','member','m08d1cc21c784','@create','{"active": true, "address": "江川市凤鸣区朝阳路98号", "name": "曹雅萱", "phone": "13207294274", "present": true, "sector": "中国民主促进会", "work_unit": "江川市博物馆副馆长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-394','df43e03b2a18a483',394,'1796121449068.00141','root','c3bd645135044617bdc67a23710cf9ff','import','member','ma00e91d307d9','@create','{"active": true, "address": "江川市江城区迎宾大道276号", "name": "张翠红", "phone": "13528620980", "present": true, "sector": "工商联", "work_unit": "江川农商银行副行长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-395','df43e03b2a18a483',395,'1796121449068.00142','root','c3bd645135044617bdc67a23710cf9ff','import','member','mae4135db6304','@create','{"active": true, "address": "江川市凤鸣区新华路342号", "name": "秦玉红", "phone": "15912861177", "present": true, "sector": "共青团", "work_unit": "团市委副书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-396','df43e03b2a18a483',396,'1796121449068.00143','root','c3bd645135044617bdc67a23710cf9ff','import','member','me3f234e32d56','@create','{"active": true, "address": "江川市青山区建设路215号", "name": "贺国龙", "phone": "15851841964", "present": true, "sector": "文化艺术界", "work_unit": "江川市书法家协会主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-397','df43e03b2a18a483',397,'1796121449068.00144','root','c3bd645135044617bdc67a23710cf9ff','import','member','mab8e8c046e63','@create','{"active": true, "address": "江川市凤鸣区科创大道256号", "name": "吕晓英", "phone": "19504211960", "present": true, "sector": "经济界", "work_unit": "江川明德实业集团有限公司财务总监"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-398','df43e03b2a18a483',398,'1796121449068.00145','root','c3bd645135044617bdc67a23710cf9ff','import','member','ma83b28999d0f','@create','{"active": true, "address": "江川市石桥县青年路135号", "name": "刘春勇", "phone": "18856417652", "present": true, "sector": "工商联", "work_unit": "江川鼎盛机械制造有限公司董事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-399','df43e03b2a18a483',399,'1796121449068.00146','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb97adf06aa4d','@create','{"active": true, "address": "江川市石桥县人民路281号", "name": "刘立伟", "phone": "13158527053", "present": true, "sector": "教育界", "work_unit": "凤鸣区实验幼儿园园长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-400','df43e03b2a18a483',400,'1796121449068.00147','root','c3bd645135044617bdc67a23710cf9ff','import','member','mc6cd5566ec10','@create','{"active": true, "address": "江川市高新区科创大道289号", "name": "胡嘉宇", "phone": "19843845021", "present": true, "sector": "中国民主同盟", "work_unit": "江川市实验中学教师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-401','df43e03b2a18a483',401,'1796121449068.00148','root','c3bd645135044617bdc67a23710cf9ff','import','member','mf984959e42ce','@create','{"active": true, "address": "江川市临江区和平路264号", "name": "王博明", "phone": "13075500013", "present": true, "sector": "无党派人士", "work_unit": "江川市公证处主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-402','df43e03b2a18a483',402,'1796121449068.00149','root','c3bd645135044617bdc67a23710cf9ff','import','member','m687719f46d75','@create','{"active": true, "address": "江川市梅溪县解放大道35号", "name": "李雨萍", "phone": "13285430577", "present": true, "sector": "中国共产党", "work_unit": "江川天成物流有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-403','df43e03b2a18a483',403,'1796121449068.00150','root','c3bd645135044617bdc67a23710cf9ff','import','member','m7c7eb54fe543','@create','{"active": true, "address": "江川市石桥县文化路7号", "name": "郝永豪", "phone": "13682720251", "present": true, "sector": "体育界", "work_unit": "江川市游泳队教练"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-404','df43e03b2a18a483',404,'1796121449068.00151','root','c3bd645135044617bdc67a23710cf9ff','import','member','m4a5908dcd6ba','@create','{"active": true, "address": "江川市高新区青年路395号", "name": "刘博轩", "phone": "13659460665", "present": true, "sector": "台联", "work_unit": "江川市台联副会长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-405','df43e03b2a18a483',405,'1796121449068.00152','root','c3bd645135044617bdc67a23710cf9ff','import','member','m8f59a76c6a27','@create','{"active": true, "address": "江川市江城区长江路219号", "name": "陈翠洁", "phone": "15273692659", "present": true, "sector": "教育界", "work_unit": "江川市实验中学校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-406','df43e03b2a18a483',406,'1796121449068.00153','root','c3bd645135044617bdc67a23710cf9ff','import','member','m961540e0adfd','@create','{"active": true, "address": "江川市临江区迎宾大道332号", "name": "张颖", "phone": "15598470271", "present": true, "sector": "科协", "work_unit": "江川市农业科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-407','df43e03b2a18a483',407,'1796121449068.00154','root','c3bd645135044617bdc67a23710cf9ff','import','member','maf2715389394','@create','{"active": true, "address": "江川市梅溪县青年路203号", "name": "杜慧琴", "phone": "15702279419", "present": true, "sector": "文化艺术界", "work_unit": "江川市书法家协会主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-408','df43e03b2a18a483',408,'1796121449068.00155','root','c3bd645135044617bdc67a23710cf9ff','import','member','m08eafc0e1415','@create','{"active": true, "address": "江川市川东区光明路26号", "name": "田宇斌", "phone": "15013977974", "present": true, "sector": "中国共产党", "work_unit": "梅溪县实验幼儿园园长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-409','df43e03b2a18a483',409,'1796121449068.00156','root','c3bd645135044617bdc67a23710cf9ff','import','member','m072b3f9c0974','@create','{"active": true, "address": "江川市川东区朝阳路312号", "name": "蔡立鹏", "phone": "13546002166", "present": true, "sector": "九三学社", "work_unit": "江川大学法学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-410','df43e03b2a18a483',410,'1796121449068.00157','root','c3bd645135044617bdc67a23710cf9ff','import','member','mc9965b7b4233','@create','{"active": true, "address": "江川市梅溪县滨江路353号", "name": "张俊斌", "phone": "19386958971", "present": true, "sector": "少数民族界", "work_unit": "江川市民族中学校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-411','df43e03b2a18a483',411,'1796121449069.00000','root','c3bd645135044617bdc67a23710cf9ff','import','member','m4b87852c07cb','@create','{"active": true, "address": "江川市凤鸣区迎宾大道73号", "name": "陈平", "phone": "18867784482", "present": true, "sector": "社会科学界", "work_unit": "中共江川市委党校教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-412','df43e03b2a18a483',412,'1796121449069.00001','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb3d54afa7e1c','@create','{"active": true, "address": "江川市凤鸣区解放大道92号", "name": "张文梅", "phone": "15743780308", "present": true, "sector": "经济界", "work_unit": "江川农商银行副行长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-413','df43e03b2a18a483',413,'1796121449069.00002','root','c3bd645135044617bdc67a23710cf9ff','import','member','m88cb15944292','@create','{"active": true, "address": "江川市石桥县朝阳路306号", "name": "张博强", "phone": "18129635551", "present": true, "sector": "经济界", "work_unit": "江川恒通电子科技有限公司财务总监"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-414','df43e03b2a18a483',414,'1796121449069.00003','root','c3bd645135044617bdc67a23710cf9ff','import','member','mefcd8478ae83','@create','{"active": true, "address": "江川市梅溪县科创大道141号", "name": "张学勇", "phone": "13153043260", "present": true, "sector": "对外友好界", "work_unit": "江川市人民政府外事办公室副主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-415','df43e03b2a18a483',415,'1796121449069.00004','root','c3bd645135044617bdc67a23710cf9ff','import','member','m6a1eb99a2d5a','@create','{"active": true, "address": "江川市青山区锦绣大道372号", "name": "陈鑫", "phone": "18028934441", "present": true, "sector": "教育界", "work_unit": "江川职业技术学院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-416','df43e03b2a18a483',416,'1796121449069.00005','root','c3bd645135044617bdc67a23710cf9ff','import','member','m15b32a057136','@create','{"active": true, "address": "江川市江城区新华路149号", "name": "宋晨琴", "phone": "15521844040", "present": true, "sector": "中国民主同盟", "work_unit": "川东区教育局副局长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-417','df43e03b2a18a483',417,'1796121449069.00006','root','c3bd645135044617bdc67a23710cf9ff','import','member','m43f845972467','@create','{"active": true, "address": "江川市江城区学府路89号", "name": "朱国轩", "phone": "19802595111", "present": true, "sector": "教育界", "work_unit": "临江区中心小学校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-418','df43e03b2a18a483',418,'1796121449069.00007','root','c3bd645135044617bdc67a23710cf9ff','import','member','m61ccfbce8f67','@create','{"active": true, "address": "江川市临江区科创大道233号", "name": "杜晓宇", "phone": "15832684241", "present": true, "sector": "少数民族界", "work_unit": "江川恒通生物医药有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-419','df43e03b2a18a483',419,'1796121449069.00008','root','c3bd645135044617bdc67a23710cf9ff','import','member','m33005558b765','@create','{"active": true, "address": "江川市凤鸣区振兴路117号", "name": "钟伟宇", "phone": "13136494555", "present": true, "sector": "新闻出版界", "work_unit": "江川日报社副总编辑"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-420','df43e03b2a18a483',420,'1796121449069.00009','root','c3bd645135044617bdc67a23710cf9ff','import','member','mc9dcc055f8e4','@create','{"active": true, "address": "江川市高新区长江路259号", "name": "邵雅梅", "phone": "19527391490", "present": true, "sector": "中国共产党", "work_unit": "江川农商银行副行长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-421','df43e03b2a18a483',421,'1796121449069.00010','root','c3bd645135044617bdc67a23710cf9ff','import','member','mbb23aec7b4bd','@create','{"active": true, "address": "江川市江城区科创大道328号", "name": "郑博辉", "phone": "13642248679", "present": true, "sector": "中国共产党", "work_unit": "江城区实验小学教师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-422','df43e03b2a18a483',422,'1796121449069.00011','root','c3bd645135044617bdc67a23710cf9ff','import','member','m74d0b5cb40a5','@create','{"active": true, "address": "江川市川东区人民路113号", "name": "李海红", "phone": "19341254869", "present": true, "sector": "中国共产党", "work_unit": "临江区实验幼儿园园长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-423','df43e03b2a18a483',423,'1796121449069.00012','root','c3bd645135044617bdc67a23710cf9ff','import','member','m0b45fa307888','@create','{"active": true, "address": "江川市高新区青年路231号", "name": "吴美萱", "phone": "15264346258", "present": true, "sector": "中国共产党", "work_unit": "江川市妇幼保健院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-424','df43e03b2a18a483',424,'1796121449069.00013','root','c3bd645135044617bdc67a23710cf9ff','import','member','ma3ecb6ff68a1','@create','{"active": true, "address": "江川市青山区锦绣大道389号", "name": "王天明", "phone": "19380568737", "present": true, "sector": "教育界", "work_unit": "江川大学生命科学学院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-425','df43e03b2a18a483',425,'1796121449069.00014','root','c3bd645135044617bdc67a23710cf9ff','import','member','mbc6d896ce4d0','@create','{"active": true, "address": "江川市川东区和平路116号", "name": "高翠玲", "phone": "19390206583", "present": true, "sector": "农业界", "work_unit": "江川市众鑫种植专业合作社理事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-426','df43e03b2a18a483',426,'1796121449069.00015','root','c3bd645135044617bdc67a23710cf9ff','import','member','md87977449acf','@create','{"active": true, "address": "江川市石桥县光明路163号", "name": "任文红", "phone": "18611045397", "present": true, "sector": "社会科学界", "work_unit": "江川市社会科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-427','df43e03b2a18a483',427,'1796121449069.00016','root','c3bd645135044617bdc67a23710cf9ff','import','member','md2ba8d52413e','@create','{"active": true, "address": "江川市高新区滨江路284号", "name": "刘鑫", "phone": "19812685028", "present": true, "sector": "共青团", "work_unit": "江川市青年企业家协会会长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-428','df43e03b2a18a483',428,'1796121449069.00017','root','c3bd645135044617bdc67a23710cf9ff','import','member','m1e68902d2d03','@create','{"active": true, "address": "江川市川东区科创大道328号", "name": "周海萍", "phone": "15831589805", "present": true, "sector": "九三学社", "work_unit": "青山区江滨街道社区卫生服务中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-429','df43e03b2a18a483',429,'1796121449069.00018','root','c3bd645135044617bdc67a23710cf9ff','import','member','ma434e0b9001a','@create','{"active": true, "address": "江川市临江区滨江路284号", "name": "周睿", "phone": "13642766990", "present": true, "sector": "中国民主同盟", "work_unit": "江川市文化馆馆长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-430','df43e03b2a18a483',430,'1796121449069.00019','root','c3bd645135044617bdc67a23710cf9ff','import','member','m3222685f54ef','@create','{"active": true, "address": "江川市临江区建设路133号", "name": "李立轩", "phone": "13925229497", "present": true, "sector": "教育界", "work_unit": "江川大学计算机学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-431','df43e03b2a18a483',431,'1796121449069.00020','root','c3bd645135044617bdc67a23710cf9ff','import','member','m3452b06c611d','@create','{"active": true, "address": "江川市梅溪县人民路268号", "name": "李雅颖", "phone": "18975252645", "present": true, "sector": "共青团", "work_unit": "江川宏达生物医药有限公司青年创业者"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-432','df43e03b2a18a483',432,'1796121449069.00021','root','c3bd645135044617bdc67a23710cf9ff','import','member','m8f42e673f5ad','@create','{"active": true, "address": "江川市高新区锦绣大道227号", "name": "陈琳", "phone": "13281442098", "present": true, "sector": "中国民主同盟", "work_unit": "石桥县实验幼儿园园长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-433','df43e03b2a18a483',433,'1796121449069.00022','root','c3bd645135044617bdc67a23710cf9ff','import','member','m17507b97a9b7','@create','{"active": true, "address": "江川市川东区解放大道31号", "name": "周天鹏", "phone": "19306599613", "present": true, "sector": "中国共产党", "work_unit": "江川天成纺织有限公司董事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-434','df43e03b2a18a483',434,'1796121449069.00023','root','c3bd645135044617bdc67a23710cf9ff','import','member','meab24f0566d3','@create','{"active": true, "address": "江川市梅溪县新华路21号", "name": "高博", "phone": "13509489606", "present": true, "sector": "台湾民主自治同盟", "work_unit": "江川农商银行副行长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-435','df43e03b2a18a483',435,'1796121449069.00024','root','c3bd645135044617bdc67a23710cf9ff','import','member','mbdc901b925ff','@create','{"active": true, "address": "江川市高新区光明路27号", "name": "李婷婷", "phone": "18316080546", "present": true, "sector": "中国农工民主党", "work_unit": "江川市妇幼保健院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-436','df43e03b2a18a483',436,'1796121449069.00025','root','c3bd645135044617bdc67a23710cf9ff','import','member','m44fa473c03dc','@create','{"active": true, "address": "江川市川东区青年路228号", "name": "王静婷", "phone": "13603505465", "present": true, "sector": "总工会", "work_unit": "江川瑞丰纺织有限公司工会主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-437','df43e03b2a18a483',437,'1796121449069.00026','root','c3bd645135044617bdc67a23710cf9ff','import','member','me6adada566c3','@create','{"active": true, "address": "江川市青山区和平路59号", "name": "李美怡", "phone": "19331354653", "present": true, "sector": "特邀人士", "work_unit": "梅溪县人大常委会副主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-438','df43e03b2a18a483',438,'1796121449069.00027','root','c3bd645135044617bdc67a23710cf9ff','import','member','m23de20e517ae','@create','{"active": true, "address": "江川市凤鸣区建设路215号", "name": "李晓豪", "phone": "19930549646", "present": true, "sector": "教育界", "work_unit": "江川大学文学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-439','df43e03b2a18a483',439,'1796121449069.00028','root','c3bd645135044617bdc67a23710cf9ff','import','member','m0d96d37f2028','@create','{"active": true, "address": "江川市川东区新华路58号", "name": "冯俊峰", "phone": "19592416548", "present": true, "sector": "医药卫生界", "work_unit": "江川市第一人民医院心内科主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-440','df43e03b2a18a483',440,'1796121449069.00029','root','c3bd645135044617bdc67a23710cf9ff','import','member','m59c7879b2a5a','@create','{"active": true, "address": "江川市石桥县人民路392号", "name": "曹文波", "phone": "15579575973", "present": true, "sector": "少数民族界", "work_unit": "临江区民族宗教事务局副局长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-441','df43e03b2a18a483',441,'1796121449069.00030','root','c3bd645135044617bdc67a23710cf9ff','import','member','mf2aea6c4a04c','@create','{"active": true, "address": "江川市梅溪县和平路28号", "name": "李欣", "phone": "13768426488", "present": true, "sector": "无党派人士", "work_unit": "江川大学法学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-442','df43e03b2a18a483',442,'1796121449069.00031','root','c3bd645135044617bdc67a23710cf9ff','import','member','mc81ed4fe1051','@create','{"active": true, "address": "江川市青山区朝阳路101号", "name": "刘洋", "phone": "15852454329", "present": true, "sector": "中国致公党", "work_unit": "江川博远物流有限公司财务总监"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-443','df43e03b2a18a483',443,'1796121449069.00032','root','c3bd645135044617bdc67a23710cf9ff','import','member','md13eed1d6508','@create','{"active": true, "address": "江川市江城区建设路264号", "name": "李梦华", "phone": "13370692903", "present": true, "sector": "宗教界", "work_unit": "江川市伊斯兰教协会副会长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-444','df43e03b2a18a483',444,'1796121449069.00033','root','c3bd645135044617bdc67a23710cf9ff','import','member','mbdf8dd5aec0b','@create','{"active": true, "address": "江川市青山区滨江路183号", "name": "陈梦敏", "phone": "13370946537", "present": true, "sector": "中国共产党", "work_unit": "江川市疾病预防控制中心主任医师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-445','df43e03b2a18a483',445,'1796121449069.00034','root','c3bd645135044617bdc67a23710cf9ff','import','member','mfa20cc6e1f32','@create','{"active": true, "address": "江川市川东区建设路349号", "name": "林思丽", "phone": "13683924789", "present": true, "sector": "中国国民党革命委员会", "work_unit": "江川大学法学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-446','df43e03b2a18a483',446,'1796121449069.00035','root','c3bd645135044617bdc67a23710cf9ff','import','member','me7de1833ec12','@create','{"active": true, "address": "江川市凤鸣区振兴路148号", "name": "吴春兰", "phone": "13645169763", "present": true, "sector": "少数民族界", "work_unit": "梅溪县民族宗教事务局副局长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-447','df43e03b2a18a483',447,'1796121449069.00036','root','c3bd645135044617bdc67a23710cf9ff','import','member','meaff485ccc4a','@create','{"active": true, "address": "江川市川东区人民路238号", "name": "王永军", "phone": "18353211296", "present": true, "sector": "经济界", "work_unit": "江川新源电子科技有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-448','df43e03b2a18a483',448,'1796121449069.00037','root','c3bd645135044617bdc67a23710cf9ff','import','member','md7168a01577f','@create','{"active": true, "address": "江川市临江区学府路348号", "name": "赵思兰", "phone": "15165028002", "present": true, "sector": "农业界", "work_unit": "凤鸣区桃源镇金桥村党支部书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-449','df43e03b2a18a483',449,'1796121449069.00038','root','c3bd645135044617bdc67a23710cf9ff','import','member','m050f1a1d7d7c','@create','{"active": true, "address": "江川市江城区建设路362号", "name": "朱慧梅", "phone": "13522150635", "present": true, "sector": "教育界", "work_unit": "江川大学法学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-450','df43e03b2a18a483',450,'1796121449069.00039','root','c3bd645135044617bdc67a23710cf9ff','import','member','mf7d5b51a1fc1','@create','{"active": true, "address": "江川市临江区长江路208号", "name": "李浩杰", "phone": "18070625143", "present": true, "sector": "农业界", "work_unit": "江川市瑞丰种植专业合作社理事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-451','df43e03b2a18a483',451,'1796121449069.00040','root','c3bd645135044617bdc67a23710cf9ff','import','member','mf66c4eaf4b17','@create','{"active": true, "address": "江川市青山区长江路158号", "name": "谢旭", "phone": "13564695932", "present": true, "sector": "总工会", "work_unit": "江川启明建设集团有限公司高级技师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-452','df43e03b2a18a483',452,'1796121449069.00041','root','c3bd645135044617bdc67a23710cf9ff','import','member','mf45f08d3f2fb','@create','{"active": true, "address": "江川市凤鸣区朝阳路15号", "name": "刘晓军", "phone": "15932976144", "present": true, "sector": "中国国民党革命委员会", "work_unit": "江川市第二中学副校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-453','df43e03b2a18a483',453,'1796121449069.00042','root','c3bd645135044617bdc67a23710cf9ff','import','member','mfda832cd57f1','@create','{"active": true, "address": "江川市川东区长江路297号", "name": "王鑫", "phone": "15560790054", "present": true, "sector": "中国共产党", "work_unit": "江川启明置业有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-454','df43e03b2a18a483',454,'1796121449069.00043','root','c3bd645135044617bdc67a23710cf9ff','import','member','m55839daa7162','@create','{"active": true, "address": "江川市江城区人民路370号", "name": "李丽", "phone": "19868475503", "present": true, "sector": "中国致公党", "work_unit": "江川同创新材料股份有限公司财务总监"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-455','df43e03b2a18a483',455,'1796121449069.00044','root','c3bd645135044617bdc67a23710cf9ff','import','member','m4325e1b1474b','@create','{"active": true, "address": "江川市凤鸣区锦绣大道261号", "name": "朱淑玲", "phone": "13068008820", "present": true, "sector": "科学技术界", "work_unit": "江川明德物流有限公司总工程师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-456','df43e03b2a18a483',456,'1796121449069.00045','root','c3bd645135044617bdc67a23710cf9ff','import','member','ma90b0feab492','@create','{"active": true, "address": "江川市石桥县解放大道330号", "name": "马国涛", "phone": "13802338654", "present": true, "sector": "医药卫生界", "work_unit": "江川市第一人民医院神经内科主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-457','df43e03b2a18a483',457,'1796121449069.00046','root','c3bd645135044617bdc67a23710cf9ff','import','member','md7321c21c5ea','@create','{"active": true, "address": "江川市高新区人民路365号", "name": "林志辉", "phone": "13046517420", "present": true, "sector": "中国致公党", "work_unit": "江川同创纺织有限公司副总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-458','df43e03b2a18a483',458,'1796121449069.00047','root','c3bd645135044617bdc67a23710cf9ff','import','member','m9722a8dfa892','@create','{"active": true, "address": "江川市青山区光明路161号", "name": "赵玉兰", "phone": "19972625661", "present": true, "sector": "中国民主建国会", "work_unit": "江川中联纺织有限公司董事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-459','df43e03b2a18a483',459,'1796121449069.00048','root','c3bd645135044617bdc67a23710cf9ff','import','member','m2d1ef7ab5535','@create','{"active": true, "address": "江川市梅溪县青年路181号", "name": "彭紫琳", "phone": "19887750829", "present": true, "sector": "中国民主建国会", "work_unit": "江川宏达环保科技有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-460','df43e03b2a18a483',460,'1796121449069.00049','root','c3bd645135044617bdc67a23710cf9ff','import','member','m0a0ffe0769e4','@create','{"active": true, "address": "江川市高新区解放大道394号", "name": "朱学华", "phone": "18333673733", "present": true, "sector": "九三学社", "work_unit": "江川市妇幼保健院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-461','df43e03b2a18a483',461,'1796121449069.00050','root','c3bd645135044617bdc67a23710cf9ff','import','member','m033adaa818be','@create','{"active": true, "address": "江川市凤鸣区锦绣大道340号", "name": "刘琳", "phone": "19108124908", "present": true, "sector": "无党派人士", "work_unit": "江川市公证处主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-462','df43e03b2a18a483',462,'1796121449069.00051','root','c3bd645135044617bdc67a23710cf9ff','import','member','m5451d0d4a5ad','@create','{"active": true, "address": "江川市青山区振兴路382号", "name": "陈家勇", "phone": "15061257809", "present": true, "sector": "中国农工民主党", "work_unit": "江川医学院附属医院康复科教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-463','df43e03b2a18a483',463,'1796121449069.00052','root','c3bd645135044617bdc67a23710cf9ff','import','member','mf2e44498be41','@create','{"active": true, "address": "江川市青山区解放大道116号", "name": "孙伟华", "phone": "15741798633", "present": true, "sector": "妇联", "work_unit": "江川市妇联副主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-464','df43e03b2a18a483',464,'1796121449069.00053','root','c3bd645135044617bdc67a23710cf9ff','import','member','m994ba1cfb358','@create','{"active": true, "address": "江川市川东区人民路182号", "name": "徐欣", "phone": "15970129197", "present": true, "sector": "经济界", "work_unit": "江川启明新材料股份有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-465','df43e03b2a18a483',465,'1796121449069.00054','root','c3bd645135044617bdc67a23710cf9ff','import','member','m29b0a414d3d9','@create','{"active": true, "address": "江川市石桥县青年路332号", "name": "周紫娟", "phone": "13819326838", "present": true, "sector": "经济界", "work_unit": "江川农商银行副行长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-466','df43e03b2a18a483',466,'1796121449069.00055','root','c3bd645135044617bdc67a23710cf9ff','import','member','m712899d64804','@create','{"active": true, "address": "江川市川东区长江路365号", "name": "赵晓琴", "phone": "13705016887", "present": true, "sector": "医药卫生界", "work_unit": "江川医学院附属医院急诊科教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-467','df43e03b2a18a483',467,'1796121449069.00056','root','c3bd645135044617bdc67a23710cf9ff','import','member','mf787b667096c','@create','{"active": true, "address": "江川市高新区滨江路236号", "name": "曹宏豪", "phone": "18881502357", "present": true, "sector": "特邀人士", "work_unit": "临江区人大常委会副主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-468','df43e03b2a18a483',468,'1796121449069.00057','root','c3bd645135044617bdc67a23710cf9ff','import','member','m0bb30695f1ea','@create','{"active": true, "address": "江川市梅溪县迎宾大道361号", "name": "邹凯", "phone": "19586986301", "present": true, "sector": "经济界", "work_unit": "江川远航实业集团有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-469','df43e03b2a18a483',469,'1796121449069.00058','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb5c427a36aa7','@create','{"active": true, "address": "江川市江城区解放大道103号", "name": "李俊东", "phone": "13726905004", "present": true, "sector": "中国民主促进会", "work_unit": "江川日报社副总编辑"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-470','df43e03b2a18a483',470,'1796121449069.00059','root','c3bd645135044617bdc67a23710cf9ff','import','member','m022f87593d9a','@create','{"active": true, "address": "江川市凤鸣区滨江路156号", "name": "吴浩明", "phone": "13223257369", "present": true, "sector": "中国民主促进会", "work_unit": "江川市图书馆馆长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-471','df43e03b2a18a483',471,'1796121449069.00060','root','c3bd645135044617bdc67a23710cf9ff','import','member','m338b92802015','@create','{"active": true, "address": "江川市江城区新华路329号", "name": "黄琳", "phone": "13758544861", "present": true, "sector": "中国民主促进会", "work_unit": "江川日报社副总编辑"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-472','df43e03b2a18a483',472,'1796121449069.00061','root','c3bd645135044617bdc67a23710cf9ff','import','member','m0bd9fbd5788f','@create','{"active": true, "address": "江川市江城区文化路4号", "name": "王晶", "phone": "13794174934", "present": true, "sector": "经济界", "work_unit": "江川明德环保科技有限公司财务总监"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-473','df43e03b2a18a483',473,'1796121449069.00062','root','c3bd645135044617bdc67a23710cf9ff','import','member','m526d6915ced9','@create','{"active": true, "address": "江川市江城区滨江路93号", "name": "王秀兰", "phone": "18861371104", "present": true, "sector": "文化艺术界", "work_unit": "江川市文化馆馆长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-474','df43e03b2a18a483',474,'1796121449069.00063','root','c3bd645135044617bdc67a23710cf9ff','import','member','meb2199440866','@create','{"active": true, "address": "江川市青山区振兴路75号", "name": "刘海丽", "phone": "15969347437", "present": true, "sector": "无党派人士", "work_unit": "江川医学院附属医院骨科教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-475','df43e03b2a18a483',475,'1796121449069.00064','root','c3bd645135044617bdc67a23710cf9ff','import','member','m45d0f24146fc','@create','{"active": true, "address": "江川市凤鸣区光明路256号", "name": "冯若敏", "phone": "19569651849", "present": true, "sector": "台湾民主自治同盟", "work_unit": "江川恒通物流有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-476','df43e03b2a18a483',476,'1796121449069.00065','root','c3bd645135044617bdc67a23710cf9ff','import','member','m39f70330e6d1','@create','{"active": true, "address": "江川市川东区和平路58号", "name": "王文勇", "phone": "19148705928", "present": true, "sector": "中国民主建国会", "work_unit": "江川同创物流有限公司副总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-477','df43e03b2a18a483',477,'1796121449069.00066','root','c3bd645135044617bdc67a23710cf9ff','import','member','mbf62863e61d4','@create','{"active": true, "address": "江川市江城区锦绣大道228号", "name": "李浩", "phone": "19967940585", "present": true, "sector": "少数民族界", "work_unit": "江川市民族中学校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-478','df43e03b2a18a483',478,'1796121449069.00067','root','c3bd645135044617bdc67a23710cf9ff','import','member','mec07af062e10','@create','{"active": true, "address": "江川市石桥县人民路286号", "name": "吴嘉强", "phone": "13957514375", "present": true, "sector": "科学技术界", "work_unit": "江川金桥电子科技有限公司总工程师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-479','df43e03b2a18a483',479,'1796121449069.00068','root','c3bd645135044617bdc67a23710cf9ff','import','member','mf4506b4658c0','@create','{"active": true, "address": "江川市江城区和平路47号", "name": "王浩明", "phone": "19977883910", "present": true, "sector": "无党派人士", "work_unit": "江川市科学技术信息研究所所长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-480','df43e03b2a18a483',480,'1796121449069.00069','root','c3bd645135044617bdc67a23710cf9ff','import','member','m283f73d774ba','@create','{"active": true, "address": "江川市江城区滨江路328号", "name": "陈振勇", "phone": "15052527559", "present": true, "sector": "对外友好界", "work_unit": "江川市人民政府外事办公室副主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-481','df43e03b2a18a483',481,'1796121449069.00070','root','c3bd645135044617bdc67a23710cf9ff','import','member','ma6c3bca28fa7','@create','{"active": true, "address": "江川市江城区学府路68号", "name": "罗佳涵", "phone": "15856710290", "present": true, "sector": "社会福利和社会保障界", "work_unit": "梅溪县云台镇社区党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-482','df43e03b2a18a483',482,'1796121449069.00071','root','c3bd645135044617bdc67a23710cf9ff','import','member','m0de29e24b94c','@create','{"active": true, "address": "江川市梅溪县科创大道194号", "name": "刘雨萱", "phone": "13693878996", "present": true, "sector": "社会科学界", "work_unit": "江川大学经济管理学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-483','df43e03b2a18a483',483,'1796121449069.00072','root','c3bd645135044617bdc67a23710cf9ff','import','member','mf75fbb582056','@create','{"active": true, "address": "江川市川东区学府路289号", "name": "谢文婷", "phone": "15147446695", "present": true, "sector": "中国民主同盟", "work_unit": "江川大学经济管理学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-484','df43e03b2a18a483',484,'1796121449069.00073','root','c3bd645135044617bdc67a23710cf9ff','import','member','m197d074931eb','@create','{"active": true, "address": "江川市川东区锦绣大道337号", "name": "谢慧琳", "phone": "13838971480", "present": true, "sector": "中国共产党", "work_unit": "江川大学机械工程学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-485','df43e03b2a18a483',485,'1796121449069.00074','root','c3bd645135044617bdc67a23710cf9ff','import','member','m4a0d9008c73d','@create','{"active": true, "address": "江川市高新区建设路113号", "name": "孙天斌", "phone": "13887157346", "present": true, "sector": "科协", "work_unit": "江川市农业科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-486','df43e03b2a18a483',486,'1796121449069.00075','root','c3bd645135044617bdc67a23710cf9ff','import','member','medd76101938e','@create','{"active": true, "address": "江川市江城区光明路188号", "name": "张强", "phone": "19904926033", "present": true, "sector": "中国民主建国会", "work_unit": "江川润泽实业集团有限公司财务总监"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-487','df43e03b2a18a483',487,'1796121449069.00076','root','c3bd645135044617bdc67a23710cf9ff','import','member','mc9c70dd0a00c','@create','{"active": true, "address": "江川市高新区人民路363号", "name": "胡思怡", "phone": "19123383210", "present": true, "sector": "台联", "work_unit": "江川市台联副会长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-488','df43e03b2a18a483',488,'1796121449069.00077','root','c3bd645135044617bdc67a23710cf9ff','import','member','m0071d25dfcf1','@create','{"active": true, "address": "江川市石桥县解放大道64号", "name": "丁婷怡", "phone": "15077473519", "present": true, "sector": "中国民主建国会", "work_unit": "江川博远实业集团有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-489','df43e03b2a18a483',489,'1796121449069.00078','root','c3bd645135044617bdc67a23710cf9ff','import','member','m3e5588301b56','@create','{"active": true, "address": "江川市石桥县学府路185号", "name": "田美霞", "phone": "15809775107", "present": true, "sector": "科学技术界", "work_unit": "江川大学医学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-490','df43e03b2a18a483',490,'1796121449069.00079','root','c3bd645135044617bdc67a23710cf9ff','import','member','m54d558b53e4a','@create','{"active": true, "address": "江川市青山区振兴路186号", "name": "张涛", "phone": "13528673567", "present": true, "sector": "特邀人士", "work_unit": "高新区政协主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-491','df43e03b2a18a483',491,'1796121449069.00080','root','c3bd645135044617bdc67a23710cf9ff','import','member','m4eecf813f15b','@create','{"active": true, "address": "江川市川东区青年路41号", "name": "吕嘉杰", "phone": "15793028310", "present": true, "sector": "九三学社", "work_unit": "临江区教育局副局长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-492','df43e03b2a18a483',492,'1796121449069.00081','root','c3bd645135044617bdc67a23710cf9ff','import','member','m60d5364be912','@create','{"active": true, "address": "江川市石桥县长江路379号", "name": "梁浩", "phone": "18969473093", "present": true, "sector": "农业界", "work_unit": "高新区农业技术推广中心高级农艺师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-493','df43e03b2a18a483',493,'1796121449069.00082','root','c3bd645135044617bdc67a23710cf9ff','import','member','mfab89a1c280b','@create','{"active": true, "address": "江川市凤鸣区科创大道123号", "name": "黄晨娟", "phone": "13107820769", "present": true, "sector": "医药卫生界", "work_unit": "川东区人民医院院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-494','df43e03b2a18a483',494,'1796121449069.00083','root','c3bd645135044617bdc67a23710cf9ff','import','member','mf8d6b9cd764c','@create','{"active": true, "address": "江川市临江区文化路373号", "name": "黄东", "phone": "18294456081", "present": true, "sector": "无党派人士", "work_unit": "临江区中心小学校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-495','df43e03b2a18a483',495,'1796121449069.00084','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb6e7f2f7ae08','@create','{"active": true, "address": "江川市川东区学府路276号", "name": "罗博勇", "phone": "15039492019", "present": true, "sector": "社会科学界", "work_unit": "江川市社会科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-496','df43e03b2a18a483',496,'1796121449069.00085','root','c3bd645135044617bdc67a23710cf9ff','import','member','md8635aa5600d','@create','{"active": true, "address": "江川市梅溪县青年路173号", "name": "彭伟宇", "phone": "13630946462", "present": true, "sector": "工商联", "work_unit": "江川天成纺织有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-497','df43e03b2a18a483',497,'1796121449069.00086','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb6f270fae7d6','@create','{"active": true, "address": "江川市石桥县长江路293号", "name": "钟薇", "phone": "15990144760", "present": true, "sector": "经济界", "work_unit": "江川新源环保科技有限公司副总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-498','df43e03b2a18a483',498,'1796121449069.00087','root','c3bd645135044617bdc67a23710cf9ff','import','member','mdc2089e3558a','@create','{"active": true, "address": "江川市石桥县光明路308号", "name": "张振杰", "phone": "15090240646", "present": true, "sector": "对外友好界", "work_unit": "江川启明进出口有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-499','df43e03b2a18a483',499,'1796121449069.00088','root','c3bd645135044617bdc67a23710cf9ff','import','member','m6a3caefe15c2','@create','{"active": true, "address": "江川市梅溪县锦绣大道297号", "name": "戴睿", "phone": "19342151407", "present": true, "sector": "科学技术界", "work_unit": "江川市科学技术信息研究所所长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-500','df43e03b2a18a483',500,'1796121449069.00089','root','c3bd645135044617bdc67a23710cf9ff','import','member','m533369f329fd','@create','{"active": true, "address": "江川市青山区人民路9号", "name": "潘若涵", "phone": "15784046247", "present": true, "sector": "体育界", "work_unit": "江川市全民健身中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-501','df43e03b2a18a483',501,'1796121449069.00090','root','c3bd645135044617bdc67a23710cf9ff','import','member','m0d8a3dc6b8ba','@create','{"active": true, "address": "江川市梅溪县光明路54号", "name": "赵东", "phone": "13091357460", "present": true, "sector": "医药卫生界", "work_unit": "江川市妇幼保健院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-502','df43e03b2a18a483',502,'1796121449069.00091','root','c3bd645135044617bdc67a23710cf9ff','import','member','me394a4c82a3c','@create','{"active": true, "address": "江川市凤鸣区振兴路362号", "name": "王淑霞", "phone": "15066250159", "present": true, "sector": "社会福利和社会保障界", "work_unit": "江川市社会福利院院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-503','df43e03b2a18a483',503,'1796121449069.00092','root','c3bd645135044617bdc67a23710cf9ff','import','member','m231cfdc7e454','@create','{"active": true, "address": "江川市高新区人民路97号", "name": "张杰", "phone": "13012154104", "present": true, "sector": "工商联", "work_unit": "江川嘉和建设集团有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-504','df43e03b2a18a483',504,'1796121449069.00093','root','c3bd645135044617bdc67a23710cf9ff','import','member','m84f510295863','@create','{"active": true, "address": "江川市青山区锦绣大道290号", "name": "王俊辉", "phone": "19389968628", "present": true, "sector": "社会福利和社会保障界", "work_unit": "梅溪县城南街道社区党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-505','df43e03b2a18a483',505,'1796121449069.00094','root','c3bd645135044617bdc67a23710cf9ff','import','member','mf1f48892a8f1','@create','{"active": true, "address": "江川市高新区振兴路158号", "name": "张淑丽", "phone": "15808338999", "present": true, "sector": "工商联", "work_unit": "江川润泽科技有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-506','df43e03b2a18a483',506,'1796121449069.00095','root','c3bd645135044617bdc67a23710cf9ff','import','member','m2ed1e4f85d14','@create','{"active": true, "address": "江川市石桥县建设路95号", "name": "韩家生", "phone": "15848164589", "present": true, "sector": "宗教界", "work_unit": "江川市佛教协会会长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-507','df43e03b2a18a483',507,'1796121449069.00096','root','c3bd645135044617bdc67a23710cf9ff','import','member','m43f74b557642','@create','{"active": true, "address": "江川市凤鸣区人民路157号", "name": "陈静华", "phone": "15531727387", "present": true, "sector": "中国共产党", "work_unit": "梅溪县人民政府副区长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-508','df43e03b2a18a483',508,'1796121449069.00097','root','c3bd645135044617bdc67a23710cf9ff','import','member','m097aa51d69f9','@create','{"active": true, "address": "江川市江城区锦绣大道289号", "name": "宋学峰", "phone": "13716971213", "present": true, "sector": "九三学社", "work_unit": "江川市疾病预防控制中心主任医师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-509','df43e03b2a18a483',509,'1796121449069.00098','root','c3bd645135044617bdc67a23710cf9ff','import','member','m33d9bfeefbf3','@create','{"active": true, "address": "江川市青山区科创大道315号", "name": "刘慧娟", "phone": "13751656932", "present": true, "sector": "中国共产党", "work_unit": "江川博远环保科技有限公司副总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-510','df43e03b2a18a483',510,'1796121449069.00099','root','c3bd645135044617bdc67a23710cf9ff','import','member','md1f636b56889','@create','{"active": true, "address": "江川市青山区科创大道135号", "name": "汪子杰", "phone": "19388126514", "present": true, "sector": "教育界", "work_unit": "川东区实验幼儿园园长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-511','df43e03b2a18a483',511,'1796121449069.00100','root','c3bd645135044617bdc67a23710cf9ff','import','member','m708a14e7726a','@create','{"active": true, "address": "江川市高新区朝阳路56号", "name": "张思敏", "phone": "15189744558", "present": true, "sector": "九三学社", "work_unit": "江川市妇幼保健院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-512','df43e03b2a18a483',512,'1796121449069.00101','root','c3bd645135044617bdc67a23710cf9ff','import','member','m19eed7731d2c','@create','{"active": true, "address": "江川市青山区滨江路260号", "name": "刘子伟", "phone": "19372136057", "present": true, "sector": "特邀人士", "work_unit": "江城区政协主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-513','df43e03b2a18a483',513,'1796121449069.00102','root','c3bd645135044617bdc67a23710cf9ff','import','member','mc3818928ba13','@create','{"active": true, "address": "江川市梅溪县解放大道251号", "name": "刘振斌", "phone": "18223144804", "present": true, "sector": "教育界", "work_unit": "梅溪县实验幼儿园园长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-514','df43e03b2a18a483',514,'1796121449069.00103','root','c3bd645135044617bdc67a23710cf9ff','import','member','m148b2cadec81','@create','{"active": true, "address": "江川市临江区长江路105号", "name": "罗晓生", "phone": "18149654129", "present": true, "sector": "特邀人士", "work_unit": "凤鸣区云台镇党工委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-515','df43e03b2a18a483',515,'1796121449069.00104','root','c3bd645135044617bdc67a23710cf9ff','import','member','m3de18103c31e','@create','{"active": true, "address": "江川市青山区解放大道333号", "name": "李海辉", "phone": "18215248389", "present": true, "sector": "经济界", "work_unit": "江川永盛环保科技有限公司财务总监"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-516','df43e03b2a18a483',516,'1796121449069.00105','root','c3bd645135044617bdc67a23710cf9ff','import','member','m19060f709ca7','@create','{"active": true, "address": "江川市江城区锦绣大道103号", "name": "刘华", "phone": "18763636080", "present": true, "sector": "农业界", "work_unit": "江川市农业科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-517','df43e03b2a18a483',517,'1796121449069.00106','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb5a70287844d','@create','{"active": true, "address": "江川市高新区振兴路149号", "name": "王振辉", "phone": "19506477283", "present": true, "sector": "无党派人士", "work_unit": "石桥县实验幼儿园园长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-518','df43e03b2a18a483',518,'1796121449069.00107','root','c3bd645135044617bdc67a23710cf9ff','import','member','m36f810d884d9','@create','{"active": true, "address": "江川市石桥县建设路318号", "name": "周慧", "phone": "19333280890", "present": true, "sector": "总工会", "work_unit": "江川市总工会副主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-519','df43e03b2a18a483',519,'1796121449069.00108','root','c3bd645135044617bdc67a23710cf9ff','import','member','m755b1da9c583','@create','{"active": true, "address": "江川市石桥县新华路196号", "name": "冯浩华", "phone": "13708663320", "present": true, "sector": "科协", "work_unit": "江川大学马克思主义学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-520','df43e03b2a18a483',520,'1796121449069.00109','root','c3bd645135044617bdc67a23710cf9ff','import','member','mceede44ff0db','@create','{"active": true, "address": "江川市石桥县解放大道157号", "name": "李怡", "phone": "18898246418", "present": true, "sector": "社会科学界", "work_unit": "江川市地方志办公室主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-521','df43e03b2a18a483',521,'1796121449069.00110','root','c3bd645135044617bdc67a23710cf9ff','import','member','m54afb2786e4d','@create','{"active": true, "address": "江川市临江区长江路36号", "name": "张子斌", "phone": "18925652166", "present": true, "sector": "少数民族界", "work_unit": "川东区民族宗教事务局副局长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-522','df43e03b2a18a483',522,'1796121449069.00111','root','c3bd645135044617bdc67a23710cf9ff','import','member','m351284db7863','@create','{"active": true, "address": "江川市高新区长江路342号", "name": "黄家辉", "phone": "19384937640", "present": true, "sector": "中国农工民主党", "work_unit": "江川市疾病预防控制中心主任医师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-523','df43e03b2a18a483',523,'1796121449069.00112','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb8d705a007fa','@create','{"active": true, "address": "江川市江城区振兴路75号", "name": "黄秀萱", "phone": "18110987120", "present": true, "sector": "文化艺术界", "work_unit": "江川市博物馆副馆长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-524','df43e03b2a18a483',524,'1796121449069.00113','root','c3bd645135044617bdc67a23710cf9ff','import','member','m81a16c6252e2','@create','{"active": true, "address": "江川市高新区人民路395号", "name": "王家平", "phone": "15043723553", "present": true, "sector": "中国农工民主党", "work_unit": "临江区江滨街道社区卫生服务中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-525','df43e03b2a18a483',525,'1796121449069.00114','root','c3bd645135044617bdc67a23710cf9ff','import','member','m36c06b6a9091','@create','{"active": true, "address": "江川市江城区文化路32号", "name": "郭超", "phone": "18259806658", "present": true, "sector": "农业界", "work_unit": "江川市农业科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-526','df43e03b2a18a483',526,'1796121449069.00115','root','c3bd645135044617bdc67a23710cf9ff','import','member','m2ff792ce49d9','@create','{"active": true, "address": "江川市青山区朝阳路309号", "name": "刘春林", "phone": "13699207417", "present": true, "sector": "经济界", "work_unit": "江川华信置业有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-527','df43e03b2a18a483',527,'1796121449069.00116','root','c3bd645135044617bdc67a23710cf9ff','import','member','mef9b39373d67','@create','{"active": true, "address": "江川市高新区解放大道324号", "name": "蒋伟强", "phone": "19975920953", "present": true, "sector": "中国农工民主党", "work_unit": "青山区桃源镇社区卫生服务中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-528','df43e03b2a18a483',528,'1796121449069.00117','root','c3bd645135044617bdc67a23710cf9ff','import','member','ma6025bf85521','@create','{"active": true, "address": "江川市江城区建设路86号", "name": "李美萱", "phone": "19381885035", "present": true, "sector": "经济界", "work_unit": "江川汇川新材料股份有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-529','df43e03b2a18a483',529,'1796121449069.00118','root','c3bd645135044617bdc67a23710cf9ff','import','member','m80b0019746c9','@create','{"active": true, "address": "江川市川东区朝阳路4号", "name": "曹若颖", "phone": "18153458350", "present": true, "sector": "中国共产党", "work_unit": "江川永盛科技有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-530','df43e03b2a18a483',530,'1796121449069.00119','root','c3bd645135044617bdc67a23710cf9ff','import','member','m7b4e6f51eca2','@create','{"active": true, "address": "江川市青山区文化路67号", "name": "谢丽", "phone": "13863186753", "present": true, "sector": "宗教界", "work_unit": "江川市道教协会秘书长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-531','df43e03b2a18a483',531,'1796121449069.00120','root','c3bd645135044617bdc67a23710cf9ff','import','member','md0265419b1b7','@create','{"active": true, "address": "江川市江城区锦绣大道2号", "name": "郭强", "phone": "13264234680", "present": true, "sector": "科学技术界", "work_unit": "江川市农业科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-532','df43e03b2a18a483',532,'1796121449069.00121','root','c3bd645135044617bdc67a23710cf9ff','import','member','m3de12c8de239','@create','{"active": true, "address": "江川市青山区和平路93号", "name": "张学伟", "phone": "15715108504", "present": true, "sector": "文化艺术界", "work_unit": "江川市美术家协会副主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-533','df43e03b2a18a483',533,'1796121449069.00122','root','c3bd645135044617bdc67a23710cf9ff','import','member','m966ef2062c1e','@create','{"active": true, "address": "江川市高新区光明路74号", "name": "王宇生", "phone": "15508364405", "present": true, "sector": "中国共产党", "work_unit": "江川职业技术学院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-534','df43e03b2a18a483',534,'1796121449069.00123','root','c3bd645135044617bdc67a23710cf9ff','import','member','mfa49bfe5a3d0','@create','{"active": true, "address": "江川市石桥县长江路394号", "name": "张欣凤", "phone": "13181040745", "present": true, "sector": "中国民主促进会", "work_unit": "江川日报社副总编辑"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-535','df43e03b2a18a483',535,'1796121449069.00124','root','c3bd645135044617bdc67a23710cf9ff','import','member','m666bc5af254e','@create','{"active": true, "address": "江川市凤鸣区学府路119号", "name": "侯永豪", "phone": "13317140854", "present": true, "sector": "中国民主建国会", "work_unit": "江川博远建设集团有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-536','df43e03b2a18a483',536,'1796121449069.00125','root','c3bd645135044617bdc67a23710cf9ff','import','member','m1660194349e1','@create','{"active": true, "address": "江川市梅溪县新华路180号", "name": "杨诗洁", "phone": "19916886562", "present": true, "sector": "中国致公党", "work_unit": "江川市农业科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-537','df43e03b2a18a483',537,'1796121449069.00126','root','c3bd645135044617bdc67a23710cf9ff','import','member','mde0ab1804e20','@create','{"active": true, "address": "江川市凤鸣区滨江路114号", "name": "吴天生", "phone": "15095447467", "present": true, "sector": "中国共产党", "work_unit": "江川农商银行副行长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-538','df43e03b2a18a483',538,'1796121449069.00127','root','c3bd645135044617bdc67a23710cf9ff','import','member','m492212716a5f','@create','{"active": true, "address": "江川市凤鸣区文化路82号", "name": "汪晓燕", "phone": "15118285849", "present": true, "sector": "社会科学界", "work_unit": "江川市地方志办公室主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-539','df43e03b2a18a483',539,'1796121449069.00128','root','c3bd645135044617bdc67a23710cf9ff','import','member','m90a3315951be','@create','{"active": true, "address": "江川市石桥县人民路208号", "name": "唐诗霞", "phone": "13305717730", "present": true, "sector": "宗教界", "work_unit": "江川市伊斯兰教协会副会长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-540','df43e03b2a18a483',540,'1796121449069.00129','root','c3bd645135044617bdc67a23710cf9ff','import','member','mdc3a7f1eefe7','@create','{"active": true, "address": "江川市石桥县光明路91号", "name": "张雨琳", "phone": "15213321966", "present": true, "sector": "工商联", "work_unit": "江川农商银行副行长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-541','df43e03b2a18a483',541,'1796121449069.00130','root','c3bd645135044617bdc67a23710cf9ff','import','member','me3a8ca84f9d2','@create','{"active": true, "address": "江川市高新区锦绣大道282号", "name": "刘宏东", "phone": "13114024459", "present": true, "sector": "总工会", "work_unit": "江川众鑫新材料股份有限公司工会主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-542','df43e03b2a18a483',542,'1796121449069.00131','root','c3bd645135044617bdc67a23710cf9ff','import','member','me41dd36d802e','@create','{"active": true, "address": "江川市川东区解放大道45号", "name": "王晨涵", "phone": "15546001541", "present": true, "sector": "特邀人士", "work_unit": "凤鸣区政协主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-543','df43e03b2a18a483',543,'1796121449069.00132','root','c3bd645135044617bdc67a23710cf9ff','import','member','m3a794742553c','@create','{"active": true, "address": "江川市青山区朝阳路213号", "name": "陈慧梅", "phone": "13147831635", "present": true, "sector": "教育界", "work_unit": "江川大学生命科学学院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-544','df43e03b2a18a483',544,'1796121449069.00133','root','c3bd645135044617bdc67a23710cf9ff','import','member','m4467c979076e','@create','{"active": true, "address": "江川市临江区振兴路382号", "name": "朱鹏", "phone": "18785230617", "present": true, "sector": "共青团", "work_unit": "团市委副书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-545','df43e03b2a18a483',545,'1796121449069.00134','root','c3bd645135044617bdc67a23710cf9ff','import','member','maba2e827ffdb','@create','{"active": true, "address": "江川市凤鸣区学府路390号", "name": "杨楠", "phone": "15595422745", "present": true, "sector": "中国民主同盟", "work_unit": "江川市博物馆副馆长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-546','df43e03b2a18a483',546,'1796121449069.00135','root','c3bd645135044617bdc67a23710cf9ff','import','member','m2642da975074','@create','{"active": true, "address": "江川市临江区青年路146号", "name": "杨晨萱", "phone": "18178562020", "present": true, "sector": "中国共产党", "work_unit": "江川市人民政府参事"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-547','df43e03b2a18a483',547,'1796121449069.00136','root','c3bd645135044617bdc67a23710cf9ff','import','member','m26b3f5ec385d','@create','{"active": true, "address": "江川市临江区和平路396号", "name": "吴学涛", "phone": "19907339539", "present": true, "sector": "中国国民党革命委员会", "work_unit": "江川市实验中学副校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-548','df43e03b2a18a483',548,'1796121449069.00137','root','c3bd645135044617bdc67a23710cf9ff','import','member','m23e040dbc975','@create','{"active": true, "address": "江川市川东区光明路102号", "name": "王诗霞", "phone": "15957332852", "present": true, "sector": "中国国民党革命委员会", "work_unit": "江川大学法学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-549','df43e03b2a18a483',549,'1796121449069.00138','root','c3bd645135044617bdc67a23710cf9ff','import','member','m458c2eba0b43','@create','{"active": true, "address": "江川市凤鸣区滨江路142号", "name": "罗超", "phone": "18095842947", "present": true, "sector": "中国共产党", "work_unit": "江川鼎盛新材料股份有限公司董事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-550','df43e03b2a18a483',550,'1796121449069.00139','root','c3bd645135044617bdc67a23710cf9ff','import','member','m88543cc6349d','@create','{"active": true, "address": "江川市高新区文化路267号", "name": "罗秀琴", "phone": "15102056249", "present": true, "sector": "九三学社", "work_unit": "临江区中心小学校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-551','df43e03b2a18a483',551,'1796121449069.00140','root','c3bd645135044617bdc67a23710cf9ff','import','member','me8d32ac919f4','@create','{"active": true, "address": "江川市石桥县迎宾大道174号", "name": "方子勇", "phone": "19195924429", "present": true, "sector": "无党派人士", "work_unit": "江川金桥建设集团有限公司总工程师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-552','df43e03b2a18a483',552,'1796121449069.00141','root','c3bd645135044617bdc67a23710cf9ff','import','member','m68934399b966','@create','{"active": true, "address": "江川市高新区朝阳路219号", "name": "周春宇", "phone": "15107954322", "present": true, "sector": "中国民主建国会", "work_unit": "江川启明实业集团有限公司董事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-553','df43e03b2a18a483',553,'1796121449069.00142','root','c3bd645135044617bdc67a23710cf9ff','import','member','ma3a7a84f7c57','@create','{"active": true, "address": "江川市凤鸣区青年路26号", "name": "何慧", "phone": "19130352971", "present": true, "sector": "共青团", "work_unit": "江川市青年企业家协会会长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-554','df43e03b2a18a483',554,'1796121449069.00143','root','c3bd645135044617bdc67a23710cf9ff','import','member','m37718522ea10','@create','{"active": true, "address": "江川市川东区青年路244号", "name": "刘雨琴", "phone": "18794858922", "present": true, "sector": "经济界", "work_unit": "江川农商银行副行长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-555','df43e03b2a18a483',555,'1796121449069.00144','root','c3bd645135044617bdc67a23710cf9ff','import','member','m74021a7f4a39','@create','{"active": true, "address": "江川市梅溪县迎宾大道64号", "name": "朱雨洁", "phone": "13580616238", "present": true, "sector": "无党派人士", "work_unit": "江川天成律师事务所主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-556','df43e03b2a18a483',556,'1796121449069.00145','root','c3bd645135044617bdc67a23710cf9ff','import','member','m85e3b12fa9a7','@create','{"active": true, "address": "江川市青山区科创大道169号", "name": "黄杰", "phone": "15110233748", "present": true, "sector": "工商联", "work_unit": "江川远航物流有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-557','df43e03b2a18a483',557,'1796121449069.00146','root','c3bd645135044617bdc67a23710cf9ff','import','member','m2359d757a585','@create','{"active": true, "address": "江川市临江区青年路237号", "name": "周德华", "phone": "18934208611", "present": true, "sector": "九三学社", "work_unit": "江川医学院附属医院心内科教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-558','df43e03b2a18a483',558,'1796121449069.00147','root','c3bd645135044617bdc67a23710cf9ff','import','member','ma0d21edc54ef','@create','{"active": true, "address": "江川市川东区和平路211号", "name": "李玉琴", "phone": "15717617410", "present": true, "sector": "文化艺术界", "work_unit": "江川市歌舞剧院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-559','df43e03b2a18a483',559,'1796121449069.00148','root','c3bd645135044617bdc67a23710cf9ff','import','member','m3e0e9c71cd8b','@create','{"active": true, "address": "江川市临江区长江路305号", "name": "余浩波", "phone": "15000636628", "present": true, "sector": "工商联", "work_unit": "江川新源建设集团有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-560','df43e03b2a18a483',560,'1796121449069.00149','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb11d75b31c55','@create','{"active": true, "address": "江川市凤鸣区新华路78号", "name": "赵金轩", "phone": "18125896051", "present": true, "sector": "中国共产党", "work_unit": "梅溪县人民政府副区长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-561','df43e03b2a18a483',561,'1796121449069.00150','root','c3bd645135044617bdc67a23710cf9ff','import','member','m1261b69dd04e','@create','{"active": true, "address": "江川市高新区学府路186号", "name": "张博涛", "phone": "19182143299", "present": true, "sector": "中国共产党", "work_unit": "江川润泽新材料股份有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-562','df43e03b2a18a483',562,'1796121449069.00151','root','c3bd645135044617bdc67a23710cf9ff','import','member','m604d7566b4a8','@create','{"active": true, "address": "江川市凤鸣区和平路276号", "name": "周翠霞", "phone": "13338906489", "present": true, "sector": "中国共产党", "work_unit": "江川农商银行副行长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-563','df43e03b2a18a483',563,'1796121449069.00152','root','c3bd645135044617bdc67a23710cf9ff','import','member','mdef50262cc32','@create','{"active": true, "address": "江川市高新区文化路193号", "name": "李丽涵", "phone": "13977350938", "present": true, "sector": "中国民主建国会", "work_unit": "江川众鑫纺织有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-564','df43e03b2a18a483',564,'1796121449069.00153','root','c3bd645135044617bdc67a23710cf9ff','import','member','m180bff257c61','@create','{"active": true, "address": "江川市临江区和平路25号", "name": "石晓杰", "phone": "15569800287", "present": true, "sector": "宗教界", "work_unit": "江川市基督教两会主席"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-565','df43e03b2a18a483',565,'1796121449069.00154','root','c3bd645135044617bdc67a23710cf9ff','import','member','mad7b9cfd0bd9','@create','{"active": true, "address": "江川市高新区锦绣大道317号", "name": "薛文兰", "phone": "18060846030", "present": true, "sector": "社会福利和社会保障界", "work_unit": "江川市启明公益服务中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-566','df43e03b2a18a483',566,'1796121449069.00155','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb907d9b5a5c3','@create','{"active": true, "address": "江川市高新区科创大道6号", "name": "陈志明", "phone": "15026375579", "present": true, "sector": "九三学社", "work_unit": "江川市妇幼保健院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-567','df43e03b2a18a483',567,'1796121449069.00156','root','c3bd645135044617bdc67a23710cf9ff','import','member','mb907533f0fd9','@create','{"active": true, "address": "江川市梅溪县建设路252号", "name": "蒋超", "phone": "18171180686", "present": true, "sector": "教育界", "work_unit": "江川职业技术学院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-568','df43e03b2a18a483',568,'1796121449069.00157','root','c3bd645135044617bdc67a23710cf9ff','import','member','m436d98882060','@create','{"active": true, "address": "江川市高新区青年路201号", "name": "熊博", "phone": "15095933316", "present": true, "sector": "中国民主同盟", "work_unit": "江川外国语学校教师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-569','df43e03b2a18a483',569,'1796121449069.00158','root','c3bd645135044617bdc67a23710cf9ff','import','proposal','p15e7851fb214','@create','{"background": "民营经济人士是增强发展新动能的重要内容，也是市委、市政府近年来着力推进的一项重点工作。当前，各地围绕民营经济人士的竞争日趋激烈，我市面临“不进则退、慢进亦退”的压力。深圳等地在民间投资方面已经探索出较为成熟的经验做法，值得我市学习借鉴。群众对民间投资的意见和建议较为集中。企业家已成为衡量民营经济人士水平的重要指标。特别是在市场准入方面，仍有较大的提升空间。", "category_id": "c716b989302fa", "collective_name": "", "intake_no": 1, "kind": "joint", "plenary": true, "present": true, "problems": "与群众期盼相比，我市民营经济人士还存在不少问题：\n一是民间投资增速放缓，民营企业参与重大项目渠道不畅，亟待加以解决。二是民营企业家代际传承面临挑战，年轻一代企业家培养不足，影响了政策效果的发挥。三是部分领域仍存在隐性门槛，市场准入“玻璃门”尚未完全破除，在一定程度上制约了民营经济人士的健康发展。这一问题已多年存在，至今未得到根本解决。四是信息化建设相对滞后，数据共享和智慧化管理水平不高，给群众生产生活带来诸多不便。部分基层干部对此认识不足，存在等靠要思想。五是考核评价和监督机制不完善，部分政策措施落实不到位，相关工作的整体成效因此打了折扣。", "status": "pending", "submitted_at": "2025-12-29T11:03:29", "suggested_units": ["市发改委", "中共江川市委统一战线工作部", "市工商联"], "suggestions": "一是定期向民间资本推介重大项目清单，形成可复制可推广的经验做法。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。二是实施新生代企业家“薪火传承”培养计划，切实解决群众“急难愁盼”问题。加强与周边城市的交流合作，实现资源共享、优势互补。三是全面清理妨碍公平竞争的规定和做法，并定期向社会公布进展情况。要充分听取群众和企业的意见，提高政策的针对性和可操作性。四是强化督查考核。将民营经济人士纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。可先选择梅溪县等条件较好的区域开展试点，成熟后在全市推广。五是加大资金投入。将民营经济人士相关经费纳入年度财政预算，建立稳定增长的投入保障机制，积极引导社会资本参与，力争用两到三年时间取得明显成效。\n希望有关部门高度重视，认真研究采纳，切实推动民营经济人士取得实效。", "title": "关于以“小切口”弘扬企业家精神的提案"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-570','df43e03b2a18a483',570,'1796121449069.00159','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p15e7851fb214/p0','@create','{"address": "江川市江城区文化路4号", "confirmed": true, "member_id": "m0bd9fbd5788f", "name": "王晶", "phone": "13794174934", "position": 0, "present": true, "proposal_id": "p15e7851fb214", "role": "first", "sector": "经济界", "work_unit": "江川明德环保科技有限公司财务总监"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-571','df43e03b2a18a483',571,'1796121449070.00000','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p15e7851fb214/p1','@create','{"address": "江川市临江区长江路23号", "confirmed": true, "member_id": "ma22f66a1d670", "name": "朱志军", "phone": "18914730779", "position": 1, "present": true, "proposal_id": "p15e7851fb214", "role": "cosigner", "sector": "经济界", "work_unit": "江川鼎盛新材料股份有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-572','df43e03b2a18a483',572,'1796121449070.00001','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p15e7851fb214/p2','@create','{"address": "江川市青山区朝阳路309号", "confirmed": true, "member_id": "m2ff792ce49d9", "name": "刘春林", "phone": "13699207417", "position": 2, "present": true, "proposal_id": "p15e7851fb214", "role": "cosigner", "sector": "经济界", "work_unit": "江川华信置业有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-573','df43e03b2a18a483',573,'1796121449070.00002','root','c3bd645135044617bdc67a23710cf9ff','import','proposal','p8f9dc7227f97','@create','{"background": "随着经济社会的快速发展和人民群众需求的不断升级，历史建筑日益成为社会关注的热点问题。我市历史悠久、文化底蕴深厚，做好历史建筑工作具有得天独厚的条件。2025年，市12345政务服务便民热线受理涉及业态的群众诉求470件，同比增长30%。业态已成为衡量历史建筑水平的重要指标。特别是在保护修缮方面，仍有较大的提升空间。群众对街区的意见和建议较为集中。", "category_id": "c18b9a43118ab", "collective_name": "", "intake_no": 2, "kind": "individual", "plenary": true, "present": true, "problems": "经调研发现，主要存在以下几个方面的问题：\n一是街区业态同质化，商业气息过浓，群众对此反映较为强烈。二是部分历史建筑年久失修，保护修缮资金不足，给群众生产生活带来诸多不便。三是保护与居民生活改善存在矛盾，亟待加以解决。究其原因，主要是相关配套政策不够完善、责任落实不够到位。四是考核评价和监督机制不完善，部分政策措施落实不到位，与高质量发展的要求还不相适应。据反映，这一问题在梅溪县等地尤为突出。五是政策宣传解读不到位，群众对业态相关政策的知晓率不高，影响了政策效果的发挥。六是资金保障机制不健全，主要依靠财政投入，社会资本参与的积极性不高，相关工作的整体成效因此打了折扣。这一问题已多年存在，至今未得到根本解决。", "status": "pending", "submitted_at": "2025-12-30T11:22:40", "suggested_units": ["市自然资源规划局"], "suggestions": "对此，提出如下建议：\n1.开展历史建筑普查建档和挂牌保护，形成可复制可推广的经验做法。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。\n2.引入文化类业态，控制同质化商业，并定期向社会公布进展情况。加强与周边城市的交流合作，实现资源共享、优势互补。\n3.探索历史建筑认领保护和活化利用机制，力争用两到三年时间取得明显成效。要充分听取群众和企业的意见，提高政策的针对性和可操作性。\n4.加强宣传引导。充分利用报刊、电视、网络等媒体，广泛宣传街区相关政策，营造全社会共同关注的良好氛围，切实解决群众“急难愁盼”问题。同时，要加强部门之间的沟通协作，形成工作合力。\n5.强化督查考核。将历史建筑纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。可先选择梅溪县等条件较好的区域开展试点，成熟后在全市推广。建立健全工作台账，实行清单化管理、项目化推进。\n6.加大资金投入。将历史建筑相关经费纳入年度财政预算，建立稳定增长的投入保障机制，积极引导社会资本参与。建议由市自然资源和规划局牵头制定具体实施方案，明确时间表和路线图。对工作成效明显的区县和单位给予表彰奖励。", "title": "关于进一步活化利用历史建筑的提案"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-574','df43e03b2a18a483',574,'1796121449070.00003','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p8f9dc7227f97/p0','@create','{"address": "江川市川东区新华路58号", "confirmed": null, "member_id": "m0d96d37f2028", "name": "冯俊峰", "phone": "19592416548", "position": 0, "present": true, "proposal_id": "p8f9dc7227f97", "role": "first", "sector": "医药卫生界", "work_unit": "江川市第一人民医院心内科主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-575','df43e03b2a18a483',575,'1796121449070.00004','root','c3bd645135044617bdc67a23710cf9ff','import','proposal','pb764102ce850','@create','{"background": "城乡教育一体化是办好民生实事的重要内容，也是市委、市政府近年来着力推进的一项重点工作。城乡教育一体化关系千家万户，是重要的民生工程，也是群众关心关注的热点问题。从调研情况看，全市城乡教育一体化总体呈现稳中向好的态势，但与人民群众的期待相比仍有一定差距。苏州等地在教师交流方面已经探索出较为成熟的经验做法，值得我市学习借鉴。群众对学位供给的意见和建议较为集中。特别是在教师交流方面，仍有较大的提升空间。", "category_id": "ca106ef49aa19", "collective_name": "", "intake_no": 3, "kind": "individual", "plenary": true, "present": true, "problems": "与群众期盼相比，我市城乡教育一体化还存在不少问题：\n一是新建小区学位配套滞后，群众对此反映较为强烈。究其原因，主要是相关配套政策不够完善、责任落实不够到位。二是教师交流轮岗制度落实不到位，影响了政策效果的发挥。这一问题已多年存在，至今未得到根本解决。三是城区学校大班额与乡村学校“空心化”并存，相关工作的整体成效因此打了折扣。部分基层干部对此认识不足，存在等靠要思想。四是信息化建设相对滞后，数据共享和智慧化管理水平不高，亟待加以解决。调研中，不少群众和企业对此反映较多。五是城乡、区域之间发展不平衡，农村和偏远地区短板较为明显，在一定程度上制约了城乡教育一体化的健康发展。这一问题已多年存在，至今未得到根本解决。六是部门之间协同联动不够，信息共享和工作衔接不畅，存在“多头管理、各管一段”的现象，与高质量发展的要求还不相适应。据反映，这一问题在梅溪县等地尤为突出。", "status": "pending", "submitted_at": "2026-01-01T10:39:53", "suggested_units": ["市教育局", "市财政局"], "suggestions": "为此，建议：\n一是将学校建设纳入新建小区配套同步规划建设。可先选择凤鸣区等条件较好的区域开展试点，成熟后在全市推广。对工作成效明显的区县和单位给予表彰奖励。二是扩大集团化办学覆盖面，推动优质资源共享，力争用两到三年时间取得明显成效。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。三是实施乡村学校办学条件提升工程，切实解决群众“急难愁盼”问题。建立健全工作台账，实行清单化管理、项目化推进。四是加大资金投入。将城乡教育一体化相关经费纳入年度财政预算，建立稳定增长的投入保障机制，积极引导社会资本参与，形成可复制可推广的经验做法。同时，要加强部门之间的沟通协作，形成工作合力。五是强化督查考核。将城乡教育一体化纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，并定期向社会公布进展情况。加强与周边城市的交流合作，实现资源共享、优势互补。六是加强宣传引导。充分利用报刊、电视、网络等媒体，广泛宣传学位供给相关政策，营造全社会共同关注的良好氛围。建议由市教育局牵头制定具体实施方案，明确时间表和路线图。要充分听取群众和企业的意见，提高政策的针对性和可操作性。\n以上建议，供有关部门研究参考。", "title": "关于进一步深化集团化办学的提案"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-576','df43e03b2a18a483',576,'1796121449070.00005','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','pb764102ce850/p0','@create','{"address": "江川市青山区人民路9号", "confirmed": null, "member_id": "m533369f329fd", "name": "潘若涵", "phone": "15784046247", "position": 0, "present": true, "proposal_id": "pb764102ce850", "role": "first", "sector": "体育界", "work_unit": "江川市全民健身中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-577','df43e03b2a18a483',577,'1796121449070.00006','root','c3bd645135044617bdc67a23710cf9ff','import','proposal','pc263590cac89','@create','{"background": "党的二十大和二十届三中全会对协商民主作出了重要部署，省委、省政府也相继出台了配套政策。做好协商民主工作，是坚持以人民为中心发展思想的具体体现。深圳等地在协商议事方面已经探索出较为成熟的经验做法，值得我市学习借鉴。2025年，市12345政务服务便民热线受理涉及协商议事的群众诉求3910件，同比增长43%。协商议事已成为衡量协商民主水平的重要指标。群众对委员工作室的意见和建议较为集中。", "category_id": "c10cb23bde364", "collective_name": "", "intake_no": 4, "kind": "individual", "plenary": false, "present": true, "problems": "经调研发现，主要存在以下几个方面的问题：\n1.协商成果采纳落实反馈机制不完善，亟待加以解决。\n2.基层协商议事平台作用发挥不充分，相关工作的整体成效因此打了折扣。调研中，不少群众和企业对此反映较多。\n3.委员履职平台和数字化手段不足，群众对此反映较为强烈。据反映，这一问题在凤鸣区等地尤为突出。\n4.考核评价和监督机制不完善，部分政策措施落实不到位，影响了政策效果的发挥。这一问题已多年存在，至今未得到根本解决。\n5.政策宣传解读不到位，群众对协商议事相关政策的知晓率不高，与高质量发展的要求还不相适应。究其原因，主要是相关配套政策不够完善、责任落实不够到位。\n6.部门之间协同联动不够，信息共享和工作衔接不畅，存在“多头管理、各管一段”的现象，给群众生产生活带来诸多不便。部分基层干部对此认识不足，存在等靠要思想。", "status": "pending", "submitted_at": "2026-01-01T12:03:40", "suggested_units": [], "suggestions": "针对上述问题，建议从以下几个方面着力：\n1.建立协商成果办理反馈和跟踪问效机制，力争用两到三年时间取得明显成效。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。\n2.建设委员工作室和基层协商议事室，切实解决群众“急难愁盼”问题。加强与周边城市的交流合作，实现资源共享、优势互补。\n3.开发委员履职数字平台，并定期向社会公布进展情况。同时，要加强部门之间的沟通协作，形成工作合力。\n4.强化数字赋能。运用大数据、物联网等信息化手段，提升协商民主的精细化、智能化管理水平，形成可复制可推广的经验做法。要充分听取群众和企业的意见，提高政策的针对性和可操作性。\n5.强化督查考核。将协商民主纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。建议由中共江川市委统一战线工作部牵头制定具体实施方案，明确时间表和路线图。对工作成效明显的区县和单位给予表彰奖励。\n6.强化人才支撑。加强协商议事相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。可先选择临江区等条件较好的区域开展试点，成熟后在全市推广。建立健全工作台账，实行清单化管理、项目化推进。\n以上建议，供有关部门研究参考。", "title": "关于重视协商民主问题的提案"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-578','df43e03b2a18a483',578,'1796121449070.00007','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','pc263590cac89/p0','@create','{"address": "江川市临江区锦绣大道330号", "confirmed": null, "member_id": "m2ff91c3c46b5", "name": "陈文鹏", "phone": "15204018591", "position": 0, "present": true, "proposal_id": "pc263590cac89", "role": "first", "sector": "经济界", "work_unit": "江川众鑫生物医药有限公司董事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-579','df43e03b2a18a483',579,'1796121449070.00008','root','c3bd645135044617bdc67a23710cf9ff','import','proposal','p86b346279f34','@create','{"background": "近年来，在市委、市政府的坚强领导下，我市产业园区工作稳步推进，亩均效益等方面有了明显改善。当前，各地围绕产业园区的竞争日趋激烈，我市面临“不进则退、慢进亦退”的压力。2025年，市12345政务服务便民热线受理涉及标准厂房的群众诉求7433件，同比增长56%。笔者在调研中走访了10个街道（乡镇）和23家单位，发现标准厂房问题在部分区域较为突出。群众对亩均效益的意见和建议较为集中。特别是在标准厂房方面，仍有较大的提升空间。", "category_id": "c716b989302fa", "collective_name": "", "intake_no": 5, "kind": "joint", "plenary": true, "present": true, "problems": "与群众期盼相比，我市产业园区还存在不少问题：\n（一）园区管理体制机制不顺，群众对此反映较为强烈。据反映，这一问题在梅溪县等地尤为突出。\n（二）园区生活配套不足，难以留住人才，在一定程度上制约了产业园区的健康发展。这一问题已多年存在，至今未得到根本解决。\n（三）部分园区亩均效益偏低，低效用地较多，给群众生产生活带来诸多不便。调研中，不少群众和企业对此反映较多。\n（四）专业人才队伍建设滞后，基层工作力量相对薄弱，相关工作的整体成效因此打了折扣。\n（五）考核评价和监督机制不完善，部分政策措施落实不到位，影响了政策效果的发挥。究其原因，主要是相关配套政策不够完善、责任落实不够到位。\n（六）信息化建设相对滞后，数据共享和智慧化管理水平不高，亟待加以解决。", "status": "pending", "submitted_at": "2026-01-03T16:22:40", "suggested_units": [], "suggestions": "为此，建议：\n一是推进低效用地再开发和“工业上楼”。可先选择川东区等条件较好的区域开展试点，成熟后在全市推广。二是完善园区生活配套，建设人才公寓，力争用两到三年时间取得明显成效。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。三是深化开发区管理体制改革，形成可复制可推广的经验做法。对工作成效明显的区县和单位给予表彰奖励。四是强化人才支撑。加强亩均效益相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍，切实解决群众“急难愁盼”问题。建立健全工作台账，实行清单化管理、项目化推进。五是强化督查考核。将产业园区纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，并定期向社会公布进展情况。加强与周边城市的交流合作，实现资源共享、优势互补。六是强化数字赋能。运用大数据、物联网等信息化手段，提升产业园区的精细化、智能化管理水平。建议由江川高新技术产业开发区管理委员会牵头制定具体实施方案，明确时间表和路线图。要充分听取群众和企业的意见，提高政策的针对性和可操作性。", "title": "关于补齐我市产业园区短板弱项的提案"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-580','df43e03b2a18a483',580,'1796121449070.00009','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p86b346279f34/p0','@create','{"address": "江川市青山区长江路276号", "confirmed": true, "member_id": "ma5b1ddf7e06d", "name": "张玉敏", "phone": "15893851160", "position": 0, "present": true, "proposal_id": "p86b346279f34", "role": "first", "sector": "无党派人士", "work_unit": "江川天成律师事务所律师"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-581','df43e03b2a18a483',581,'1796121449070.00010','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p86b346279f34/p1','@create','{"address": "江川市江城区建设路392号", "confirmed": true, "member_id": "md1032423a764", "name": "李旭", "phone": "18233158501", "position": 1, "present": true, "proposal_id": "p86b346279f34", "role": "cosigner", "sector": "无党派人士", "work_unit": "江川大学生命科学学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-582','df43e03b2a18a483',582,'1796121449070.00011','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p86b346279f34/p2','@create','{"address": "江川市江城区学府路89号", "confirmed": null, "member_id": "m43f845972467", "name": "朱国轩", "phone": "19802595111", "position": 2, "present": true, "proposal_id": "p86b346279f34", "role": "cosigner", "sector": "教育界", "work_unit": "临江区中心小学校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-583','df43e03b2a18a483',583,'1796121449070.00012','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p86b346279f34/p3','@create','{"address": "江川市梅溪县和平路28号", "confirmed": true, "member_id": "mf2aea6c4a04c", "name": "李欣", "phone": "13768426488", "position": 3, "present": true, "proposal_id": "p86b346279f34", "role": "cosigner", "sector": "无党派人士", "work_unit": "江川大学法学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-584','df43e03b2a18a483',584,'1796121449070.00013','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p86b346279f34/p4','@create','{"address": "江川市青山区光明路7号", "confirmed": true, "member_id": "m6a3feb589183", "name": "程志明", "phone": "18970530963", "position": 4, "present": true, "proposal_id": "p86b346279f34", "role": "cosigner", "sector": "无党派人士", "work_unit": "青山区人民医院院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-585','df43e03b2a18a483',585,'1796121449070.00014','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p86b346279f34/p5','@create','{"address": "江川市江城区长江路386号", "confirmed": null, "member_id": "m445adb9d8d35", "name": "赵欣萱", "phone": "19831079960", "position": 5, "present": true, "proposal_id": "p86b346279f34", "role": "cosigner", "sector": "无党派人士", "work_unit": "临江区城南街道社区卫生服务中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-586','df43e03b2a18a483',586,'1796121449070.00015','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p86b346279f34/p6','@create','{"address": "江川市临江区长江路187号", "confirmed": true, "member_id": "m40b9224c10eb", "name": "张晨萱", "phone": "15799327096", "position": 6, "present": true, "proposal_id": "p86b346279f34", "role": "cosigner", "sector": "无党派人士", "work_unit": "江川大学机械工程学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-587','df43e03b2a18a483',587,'1796121449070.00016','root','c3bd645135044617bdc67a23710cf9ff','import','proposal','p4a40a84301dc','@create','{"background": "党的二十大和二十届三中全会对餐饮场所燃气安全作出了重要部署，省委、省政府也相继出台了配套政策。餐饮场所燃气安全关系千家万户，是重要的民生工程，也是群众关心关注的热点问题。据调研，截至2025年底，全市报警装置相关工作的覆盖率约为30%，与先进城市相比仍有差距。其中，安全检查问题尤为群众关注。报警装置已成为衡量餐饮场所燃气安全水平的重要指标。群众对瓶装液化气的意见和建议较为集中。", "category_id": "ca106ef49aa19", "collective_name": "", "intake_no": 6, "kind": "individual", "plenary": true, "present": true, "problems": "当前，我市餐饮场所燃气安全仍存在一些短板和不足，主要表现在：\n1.餐饮场所燃气报警装置安装率不高，在一定程度上制约了餐饮场所燃气安全的健康发展。\n2.瓶装液化气配送环节监管薄弱，亟待加以解决。\n3.部分老旧燃气管道超期服役，泄漏风险高，与高质量发展的要求还不相适应。部分基层干部对此认识不足，存在等靠要思想。", "status": "pending", "submitted_at": "2026-01-04T16:38:26", "suggested_units": ["市住建局"], "suggestions": "一是强制餐饮场所安装可燃气体报警装置。建议由市住房和城乡建设局牵头制定具体实施方案，明确时间表和路线图。二是推行瓶装液化气“一瓶一码”全程追溯，形成可复制可推广的经验做法。三是加快老化燃气管道更新改造。可先选择江城区等条件较好的区域开展试点，成熟后在全市推广。四是加强统筹协调。建议由市住房和城乡建设局牵头，会同江川市消防救援支队、市应急管理局建立联席会议制度，定期研究解决餐饮场所燃气安全中的重点难点问题，并定期向社会公布进展情况。五是借鉴先进经验。学习南京等地在报警装置方面的成功做法，结合我市实际探索创新，切实解决群众“急难愁盼”问题。六是强化人才支撑。加强安全检查相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。", "title": "关于推进老化燃气管道更新改造助力提升群众获得感幸福感的提案"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-588','df43e03b2a18a483',588,'1796121449070.00017','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p4a40a84301dc/p0','@create','{"address": "江川市川东区和平路116号", "confirmed": null, "member_id": "mbc6d896ce4d0", "name": "高翠玲", "phone": "19390206583", "position": 0, "present": true, "proposal_id": "p4a40a84301dc", "role": "first", "sector": "农业界", "work_unit": "江川市众鑫种植专业合作社理事长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-589','df43e03b2a18a483',589,'1796121449070.00018','root','c3bd645135044617bdc67a23710cf9ff','import','proposal','p6bc28faba7aa','@create','{"background": "历史文化名城保护是建设文化强市的重要内容，也是市委、市政府近年来着力推进的一项重点工作。历史文化名城保护是建设文化强市的重要内容，对于满足人民群众精神文化需求、增强城市软实力具有重要意义。笔者在调研中走访了10个街道（乡镇）和9家单位，发现保护修缮问题在部分区域较为突出。其中，历史建筑问题尤为群众关注。特别是在保护修缮方面，仍有较大的提升空间。业态已成为衡量历史文化名城保护水平的重要指标。", "category_id": "c18b9a43118ab", "collective_name": "", "intake_no": 7, "kind": "joint", "plenary": true, "present": true, "problems": "当前，我市历史文化名城保护仍存在一些短板和不足，主要表现在：\n一是部分历史建筑年久失修，保护修缮资金不足，相关工作的整体成效因此打了折扣。据反映，这一问题在江城区等地尤为突出。二是保护与居民生活改善存在矛盾，影响了政策效果的发挥。三是街区业态同质化，商业气息过浓，给群众生产生活带来诸多不便。四是政策宣传解读不到位，群众对历史建筑相关政策的知晓率不高，亟待加以解决。究其原因，主要是相关配套政策不够完善、责任落实不够到位。五是考核评价和监督机制不完善，部分政策措施落实不到位，在一定程度上制约了历史文化名城保护的健康发展。六是城乡、区域之间发展不平衡，农村和偏远地区短板较为明显，群众对此反映较为强烈。", "status": "pending", "submitted_at": "2026-01-04T18:46:33", "suggested_units": ["市自然资源和规划局", "各区人民政府", "市旅游局"], "suggestions": "为进一步做好历史文化名城保护工作，建议：\n（一）探索历史建筑认领保护和活化利用机制，力争用两到三年时间取得明显成效。对工作成效明显的区县和单位给予表彰奖励。\n（二）改善街区居民生活设施。可先选择川东区等条件较好的区域开展试点，成熟后在全市推广。建立健全工作台账，实行清单化管理、项目化推进。\n（三）开展历史建筑普查建档和挂牌保护，并定期向社会公布进展情况。加强与周边城市的交流合作，实现资源共享、优势互补。\n（四）强化督查考核。将历史文化名城保护纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，形成可复制可推广的经验做法。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。\n（五）借鉴先进经验。学习无锡等地在历史建筑方面的成功做法，结合我市实际探索创新，切实解决群众“急难愁盼”问题。要充分听取群众和企业的意见，提高政策的针对性和可操作性。\n（六）强化人才支撑。加强保护修缮相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。建议由市自然资源和规划局牵头制定具体实施方案，明确时间表和路线图。同时，要加强部门之间的沟通协作，形成工作合力。", "title": "关于坚持问题导向加强历史文化街区保护利用的提案"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-590','df43e03b2a18a483',590,'1796121449070.00019','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p6bc28faba7aa/p0','@create','{"address": "江川市川东区学府路276号", "confirmed": true, "member_id": "mb6e7f2f7ae08", "name": "罗博勇", "phone": "15039492019", "position": 0, "present": true, "proposal_id": "p6bc28faba7aa", "role": "first", "sector": "社会科学界", "work_unit": "江川市社会科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-591','df43e03b2a18a483',591,'1796121449070.00020','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p6bc28faba7aa/p1','@create','{"address": "江川市石桥县人民路281号", "confirmed": true, "member_id": "mb97adf06aa4d", "name": "刘立伟", "phone": "13158527053", "position": 1, "present": true, "proposal_id": "p6bc28faba7aa", "role": "cosigner", "sector": "教育界", "work_unit": "凤鸣区实验幼儿园园长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-592','df43e03b2a18a483',592,'1796121449070.00021','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p6bc28faba7aa/p2','@create','{"address": "江川市江城区文化路32号", "confirmed": null, "member_id": "m36c06b6a9091", "name": "郭超", "phone": "18259806658", "position": 2, "present": true, "proposal_id": "p6bc28faba7aa", "role": "cosigner", "sector": "农业界", "work_unit": "江川市农业科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-593','df43e03b2a18a483',593,'1796121449070.00022','root','c3bd645135044617bdc67a23710cf9ff','import','proposal','p6b4bf99fa20d','@create','{"background": "近年来，在市委、市政府的坚强领导下，我市孤独症儿童康复工作稳步推进，残疾人等方面有了明显改善。做好孤独症儿童康复工作，是践行以人民为中心发展思想、办好民生实事的重要内容。苏州等地在残疾人方面已经探索出较为成熟的经验做法，值得我市学习借鉴。据不完全统计，近三年来市政协委员围绕孤独症儿童康复提出提案17件，社会关注度持续较高。残疾人已成为衡量孤独症儿童康复水平的重要指标。特别是在孤独症方面，仍有较大的提升空间。", "category_id": "ca106ef49aa19", "collective_name": "", "intake_no": 8, "kind": "individual", "plenary": true, "present": true, "problems": "与群众期盼相比，我市孤独症儿童康复还存在不少问题：\n一是辅助器具适配服务覆盖不全，在一定程度上制约了孤独症儿童康复的健康发展。二是孤独症儿童康复机构少、费用高。三是残疾人就业渠道窄，按比例安排就业落实不够，给群众生产生活带来诸多不便。四是政策宣传解读不到位，群众对残疾人相关政策的知晓率不高。五是专业人才队伍建设滞后，基层工作力量相对薄弱，影响了政策效果的发挥。六是城乡、区域之间发展不平衡，农村和偏远地区短板较为明显。", "status": "pending", "submitted_at": "2026-01-05T17:23:26", "suggested_units": [], "suggestions": "（一）建设残疾人辅助器具租赁服务网点，形成可复制可推广的经验做法。加强与周边城市的交流合作，实现资源共享、优势互补。\n（二）落实用人单位按比例安排残疾人就业制度。建议由市残疾人联合会牵头制定具体实施方案，明确时间表和路线图。同时，要加强部门之间的沟通协作，形成工作合力。\n（三）将孤独症儿童康复纳入医保和救助范围，并定期向社会公布进展情况。对工作成效明显的区县和单位给予表彰奖励。\n（四）强化督查考核。将孤独症儿童康复纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，力争用两到三年时间取得明显成效。要充分听取群众和企业的意见，提高政策的针对性和可操作性。\n（五）强化数字赋能。运用大数据、物联网等信息化手段，提升孤独症儿童康复的精细化、智能化管理水平。可先选择江城区等条件较好的区域开展试点，成熟后在全市推广。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。\n（六）强化人才支撑。加强孤独症相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍，切实解决群众“急难愁盼”问题。建立健全工作台账，实行清单化管理、项目化推进。", "title": "关于促进残疾人就业的提案"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-594','df43e03b2a18a483',594,'1796121449070.00023','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p6b4bf99fa20d/p0','@create','{"address": "江川市高新区振兴路50号", "confirmed": null, "member_id": "m36c515565ced", "name": "孙晓霞", "phone": "13831342328", "position": 0, "present": true, "proposal_id": "p6b4bf99fa20d", "role": "first", "sector": "经济界", "work_unit": "江川瑞丰科技有限公司财务总监"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-595','df43e03b2a18a483',595,'1796121449070.00024','root','c3bd645135044617bdc67a23710cf9ff','import','proposal','p2ce2fc0bd11d','@create','{"background": "老字号是打造一流营商环境的重要内容，也是市委、市政府近年来着力推进的一项重点工作。当前，各地围绕老字号的竞争日趋激烈，我市面临“不进则退、慢进亦退”的压力。宁波等地在品牌焕新方面已经探索出较为成熟的经验做法，值得我市学习借鉴。特别是在品牌焕新方面，仍有较大的提升空间。其中，传统技艺问题尤为群众关注。老字号已成为衡量老字号水平的重要指标。", "category_id": "c716b989302fa", "collective_name": "", "intake_no": 9, "kind": "individual", "plenary": true, "present": true, "problems": "当前，我市老字号仍存在一些短板和不足，主要表现在：\n一是部分老字号经营困难，面临传承断档，与高质量发展的要求还不相适应。二是老字号集中展示平台缺乏，在一定程度上制约了老字号的健康发展。三是老字号产品创新不足，难以适应消费升级，相关工作的整体成效因此打了折扣。四是政策宣传解读不到位，群众对品牌焕新相关政策的知晓率不高，影响了政策效果的发挥。五是考核评价和监督机制不完善，部分政策措施落实不到位，群众对此反映较为强烈。据反映，这一问题在江城区等地尤为突出。六是专业人才队伍建设滞后，基层工作力量相对薄弱。", "status": "pending", "submitted_at": "2026-01-07T10:56:12", "suggested_units": ["市商务局", "市市场监管局", "市文广旅局"], "suggestions": "一是支持老字号开展跨界合作和国潮创新，形成可复制可推广的经验做法。同时，要加强部门之间的沟通协作，形成工作合力。二是建立老字号名录和分级保护制度，切实解决群众“急难愁盼”问题。建立健全工作台账，实行清单化管理、项目化推进。三是建设老字号集聚街区，并定期向社会公布进展情况。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。四是强化督查考核。将老字号纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。建议由市商务局牵头制定具体实施方案，明确时间表和路线图。要充分听取群众和企业的意见，提高政策的针对性和可操作性。五是加强统筹协调。建议由市商务局牵头，会同相关部门建立联席会议制度，定期研究解决老字号中的重点难点问题。可先选择梅溪县等条件较好的区域开展试点，成熟后在全市推广。六是强化数字赋能。运用大数据、物联网等信息化手段，提升老字号的精细化、智能化管理水平，力争用两到三年时间取得明显成效。", "title": "关于以“小切口”推动老字号品牌焕新的提案"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-596','df43e03b2a18a483',596,'1796121449070.00025','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p2ce2fc0bd11d/p0','@create','{"address": "江川市临江区青年路146号", "confirmed": null, "member_id": "m2642da975074", "name": "杨晨萱", "phone": "18178562020", "position": 0, "present": true, "proposal_id": "p2ce2fc0bd11d", "role": "first", "sector": "中国共产党", "work_unit": "江川市人民政府参事"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-597','df43e03b2a18a483',597,'1796121449070.00026','root','c3bd645135044617bdc67a23710cf9ff','import','proposal','p998d4eac221b','@create','{"background": "近年来，在市委、市政府的坚强领导下，我市二次供水工作稳步推进，供水管网等方面有了明显改善。良好生态环境是最普惠的民生福祉，做好二次供水工作是建设美丽江川的必然要求。据不完全统计，近三年来市政协委员围绕二次供水提出提案9件，社会关注度持续较高。其中，供水管网问题尤为群众关注。二次供水已成为衡量二次供水水平的重要指标。", "category_id": "ca27a03316d4a", "collective_name": "", "intake_no": 10, "kind": "joint", "plenary": true, "present": true, "problems": "当前，我市二次供水仍存在一些短板和不足，主要表现在：\n（一）部分水源保护区内存在违规活动，影响了政策效果的发挥。\n（二）二次供水设施管理主体不清，水质隐患较多，给群众生产生活带来诸多不便。\n（三）农村供水保障水平不高，相关工作的整体成效因此打了折扣。\n（四）考核评价和监督机制不完善，部分政策措施落实不到位，与高质量发展的要求还不相适应。\n（五）政策宣传解读不到位，群众对二次供水相关政策的知晓率不高，亟待加以解决。", "status": "pending", "submitted_at": "2026-01-09T12:49:55", "suggested_units": ["市水务局", "市卫健委"], "suggestions": "为进一步做好二次供水工作，建议：\n1.推行二次供水设施统建统管。可先选择江城区等条件较好的区域开展试点，成熟后在全市推广。\n2.开展水源保护区专项整治，力争用两到三年时间取得明显成效。\n3.定期公开供水水质信息。\n4.加强统筹协调。建议由市水务局牵头，会同市生态环境局建立联席会议制度，定期研究解决二次供水中的重点难点问题，形成可复制可推广的经验做法。\n5.强化人才支撑。加强供水管网相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。\n6.强化督查考核。将二次供水纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。建议由市水务局牵头制定具体实施方案，明确时间表和路线图。", "title": "关于做好我市二次供水相关工作的提案"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-598','df43e03b2a18a483',598,'1796121449070.00027','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p998d4eac221b/p0','@create','{"address": "江川市石桥县光明路207号", "confirmed": true, "member_id": "m0e5ad785bb54", "name": "廖伟涛", "phone": "13206339224", "position": 0, "present": true, "proposal_id": "p998d4eac221b", "role": "first", "sector": "文化艺术界", "work_unit": "江川市文化馆馆长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-599','df43e03b2a18a483',599,'1796121449070.00028','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p998d4eac221b/p1','@create','{"address": "江川市临江区光明路26号", "confirmed": true, "member_id": "mb2bb7b2b99d1", "name": "梁学豪", "phone": "15269016371", "position": 1, "present": true, "proposal_id": "p998d4eac221b", "role": "cosigner", "sector": "文化艺术界", "work_unit": "江川市图书馆馆长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-600','df43e03b2a18a483',600,'1796121449070.00029','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p998d4eac221b/p2','@create','{"address": "江川市临江区光明路33号", "confirmed": true, "member_id": "m7f3d279c7472", "name": "张若琳", "phone": "13044233585", "position": 2, "present": true, "proposal_id": "p998d4eac221b", "role": "cosigner", "sector": "医药卫生界", "work_unit": "江川市第一人民医院心内科主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-601','df43e03b2a18a483',601,'1796121449070.00030','root','c3bd645135044617bdc67a23710cf9ff','import','proposal','pffe221be386a','@create','{"background": "近年来，在市委、市政府的坚强领导下，我市二次供水工作稳步推进，二次供水等方面有了明显改善。二次供水是生态文明建设的重要内容，事关人民群众身体健康和城市可持续发展。2025年，市12345政务服务便民热线受理涉及二次供水的群众诉求4775件，同比增长57%。2025年市政府工作报告明确提出要加强二次供水，并将其列入年度重点工作。特别是在供水管网方面，仍有较大的提升空间。其中，二次供水问题尤为群众关注。", "category_id": "ca27a03316d4a", "collective_name": "", "intake_no": 11, "kind": "joint", "plenary": true, "present": true, "problems": "当前，我市二次供水仍存在一些短板和不足，主要表现在：\n（一）二次供水设施管理主体不清，水质隐患较多，相关工作的整体成效因此打了折扣。\n（二）部分水源保护区内存在违规活动，与高质量发展的要求还不相适应。究其原因，主要是相关配套政策不够完善、责任落实不够到位。\n（三）农村供水保障水平不高，亟待加以解决。\n（四）专业人才队伍建设滞后，基层工作力量相对薄弱，影响了政策效果的发挥。\n（五）考核评价和监督机制不完善，部分政策措施落实不到位，给群众生产生活带来诸多不便。\n（六）政策宣传解读不到位，群众对二次供水相关政策的知晓率不高，在一定程度上制约了二次供水的健康发展。", "status": "pending", "submitted_at": "2026-01-10T10:30:35", "suggested_units": ["水利局"], "suggestions": "针对上述问题，建议从以下几个方面着力：\n1.开展水源保护区专项整治，切实解决群众“急难愁盼”问题。建立健全工作台账，实行清单化管理、项目化推进。\n2.定期公开供水水质信息。可先选择青山区等条件较好的区域开展试点，成熟后在全市推广。同时，要加强部门之间的沟通协作，形成工作合力。\n3.推进城乡供水同源同网同质，力争用两到三年时间取得明显成效。对工作成效明显的区县和单位给予表彰奖励。\n4.加强统筹协调。建议由市水务局牵头，会同市卫生健康委员会、江川市水务集团有限公司建立联席会议制度，定期研究解决二次供水中的重点难点问题。建议由市水务局牵头制定具体实施方案，明确时间表和路线图。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。\n5.强化督查考核。将二次供水纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，形成可复制可推广的经验做法。要充分听取群众和企业的意见，提高政策的针对性和可操作性。\n6.加强宣传引导。充分利用报刊、电视、网络等媒体，广泛宣传供水管网相关政策，营造全社会共同关注的良好氛围，并定期向社会公布进展情况。加强与周边城市的交流合作，实现资源共享、优势互补。\n以上建议，供有关部门研究参考。", "title": "关于重视二次供水问题的提案"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-602','df43e03b2a18a483',602,'1796121449070.00031','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','pffe221be386a/p0','@create','{"address": "江川市高新区建设路180号", "confirmed": true, "member_id": "m5c6cf200c677", "name": "何文成", "phone": "13875205444", "position": 0, "present": true, "proposal_id": "pffe221be386a", "role": "first", "sector": "中国民主建国会", "work_unit": "江川鼎盛环保科技有限公司党委书记"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-603','df43e03b2a18a483',603,'1796121449070.00032','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','pffe221be386a/p1','@create','{"address": "江川市凤鸣区文化路345号", "confirmed": true, "member_id": "mb2378e785d4d", "name": "赵健", "phone": "19539902103", "position": 1, "present": true, "proposal_id": "pffe221be386a", "role": "cosigner", "sector": "中国民主建国会", "work_unit": "江川农商银行副行长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-604','df43e03b2a18a483',604,'1796121449070.00033','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','pffe221be386a/p2','@create','{"address": "江川市江城区振兴路301号", "confirmed": true, "member_id": "m25b7a1c4edd8", "name": "李淑丽", "phone": "15777702557", "position": 2, "present": true, "proposal_id": "pffe221be386a", "role": "cosigner", "sector": "医药卫生界", "work_unit": "江川市妇幼保健院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-605','df43e03b2a18a483',605,'1796121449070.00034','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','pffe221be386a/p3','@create','{"address": "江川市临江区文化路285号", "confirmed": true, "member_id": "mc6f90c60ac88", "name": "潘翠燕", "phone": "19590453321", "position": 3, "present": true, "proposal_id": "pffe221be386a", "role": "cosigner", "sector": "社会科学界", "work_unit": "中共江川市委党校教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-606','df43e03b2a18a483',606,'1796121449070.00035','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','pffe221be386a/p4','@create','{"address": "江川市梅溪县建设路348号", "confirmed": false, "member_id": "mbf9d61d09dc7", "name": "赵平", "phone": "19538858519", "position": 4, "present": true, "proposal_id": "pffe221be386a", "role": "cosigner", "sector": "中国民主建国会", "work_unit": "江川天成新材料股份有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-607','df43e03b2a18a483',607,'1796121449070.00036','root','c3bd645135044617bdc67a23710cf9ff','import','proposal','pf567bea9a48d','@create','{"background": "随着经济社会的快速发展和人民群众需求的不断升级，政务服务环境日益成为社会关注的热点问题。当前，各地围绕政务服务环境的竞争日趋激烈，我市面临“不进则退、慢进亦退”的压力。2025年市政府工作报告明确提出要加强政务服务环境，并将其列入年度重点工作。2025年，市12345政务服务便民热线受理涉及涉企服务的群众诉求4072件，同比增长24%。其中，审批时限问题尤为群众关注。涉企服务已成为衡量政务服务环境水平的重要指标。", "category_id": "c716b989302fa", "collective_name": "", "intake_no": 12, "kind": "joint", "plenary": true, "present": true, "problems": "但从调研情况看，仍存在以下问题：\n（一）个别部门存在“新官不理旧账”问题，政务诚信有待提升。\n（二）涉企检查仍存在多头检查、重复检查现象，影响了政策效果的发挥。\n（三）部分惠企政策申报条件复杂、兑现周期长，企业获得感不强。\n（四）资金保障机制不健全，主要依靠财政投入，社会资本参与的积极性不高。\n（五）城乡、区域之间发展不平衡，农村和偏远地区短板较为明显。", "status": "pending", "submitted_at": "2026-01-10T16:40:13", "suggested_units": ["市发展和改革委员会"], "suggestions": "一是推行跨部门“综合查一次”，严格控制涉企检查频次。二是全面推行惠企政策“免申即享”，建立政策兑现统一平台。三是建立企业诉求“接诉即办”闭环机制，定期公开办理情况。四是加大资金投入。将政务服务环境相关经费纳入年度财政预算，建立稳定增长的投入保障机制，积极引导社会资本参与，力争用两到三年时间取得明显成效。五是强化督查考核。将政务服务环境纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。可先选择川东区等条件较好的区域开展试点，成熟后在全市推广。\n希望有关部门高度重视，认真研究采纳，切实推动政务服务环境取得实效。", "title": "关于健全涉企诉求快速响应机制、深化“高效办成一件事”改革的提案"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-608','df43e03b2a18a483',608,'1796121449070.00037','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','pf567bea9a48d/p0','@create','{"address": "江川市临江区迎宾大道332号", "confirmed": true, "member_id": "m961540e0adfd", "name": "张颖", "phone": "15598470271", "position": 0, "present": true, "proposal_id": "pf567bea9a48d", "role": "first", "sector": "科协", "work_unit": "江川市农业科学院研究员"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-609','df43e03b2a18a483',609,'1796121449070.00038','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','pf567bea9a48d/p1','@create','{"address": "江川市凤鸣区学府路94号", "confirmed": true, "member_id": "md5be6daf0a11", "name": "王娟", "phone": "19913980014", "position": 1, "present": true, "proposal_id": "pf567bea9a48d", "role": "cosigner", "sector": "科协", "work_unit": "江川大学医学院教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-610','df43e03b2a18a483',610,'1796121449070.00039','root','c3bd645135044617bdc67a23710cf9ff','import','proposal','pb8c8ced44d46','@create','{"background": "近年来，在市委、市政府的坚强领导下，我市生育友好型社会工作稳步推进，妇幼保健等方面有了明显改善。生育友好型社会关系千家万户，是重要的民生工程，也是群众关心关注的热点问题。笔者在调研中走访了11个街道（乡镇）和23家单位，发现妇幼保健问题在部分区域较为突出。据调研，截至2025年底，全市妇幼保健相关工作的覆盖率约为38%，与先进城市相比仍有差距。群众对妇幼保健的意见和建议较为集中。其中，生育补贴问题尤为群众关注。", "category_id": "ca106ef49aa19", "collective_name": "", "intake_no": 13, "kind": "individual", "plenary": false, "present": true, "problems": "但从调研情况看，仍存在以下问题：\n一是育儿假等制度在企业落实不到位，在一定程度上制约了生育友好型社会的健康发展。二是生育成本高，家庭生育意愿不强，相关工作的整体成效因此打了折扣。三是辅助生殖技术纳入医保范围有限。四是城乡、区域之间发展不平衡，农村和偏远地区短板较为明显，给群众生产生活带来诸多不便。五是专业人才队伍建设滞后，基层工作力量相对薄弱，与高质量发展的要求还不相适应。", "status": "pending", "submitted_at": "2026-01-10T21:40:14", "suggested_units": ["市卫生健康委员会"], "suggestions": "针对上述问题，建议从以下几个方面着力：\n1.推动企业落实育儿假，给予企业社保补贴。可先选择青山区等条件较好的区域开展试点，成熟后在全市推广。\n2.探索发放育儿补贴，形成可复制可推广的经验做法。\n3.提升妇幼保健机构服务能力，切实解决群众“急难愁盼”问题。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。\n4.强化督查考核。将生育友好型社会纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，力争用两到三年时间取得明显成效。要充分听取群众和企业的意见，提高政策的针对性和可操作性。", "title": "关于我市生育友好型社会现状与对策的提案"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-611','df43e03b2a18a483',611,'1796121449070.00040','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','pb8c8ced44d46/p0','@create','{"address": "江川市高新区光明路27号", "confirmed": null, "member_id": "mbdc901b925ff", "name": "李婷婷", "phone": "18316080546", "position": 0, "present": true, "proposal_id": "pb8c8ced44d46", "role": "first", "sector": "中国农工民主党", "work_unit": "江川市妇幼保健院副院长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-612','df43e03b2a18a483',612,'1796121449070.00041','root','c3bd645135044617bdc67a23710cf9ff','import','proposal','p8b6bd2aa12a9','@create','{"background": "近年来，我市高度重视课后服务工作，市教育局等部门出台了一系列政策措施，取得了积极成效。课后服务关系千家万户，是重要的民生工程，也是群众关心关注的热点问题。从调研情况看，全市课后服务总体呈现稳中向好的态势，但与人民群众的期待相比仍有一定差距。苏州等地在作业管理方面已经探索出较为成熟的经验做法，值得我市学习借鉴。隐形变异已成为衡量课后服务水平的重要指标。特别是在作业管理方面，仍有较大的提升空间。", "category_id": "ca106ef49aa19", "collective_name": "", "intake_no": 14, "kind": "joint", "plenary": false, "present": true, "problems": "经调研发现，主要存在以下几个方面的问题：\n（一）课后服务内容单一，以看管和写作业为主，给群众生产生活带来诸多不便。\n（二）教师课后服务负担较重，影响了政策效果的发挥。究其原因，主要是相关配套政策不够完善、责任落实不够到位。\n（三）学科类校外培训隐形变异问题仍然存在，亟待加以解决。这一问题已多年存在，至今未得到根本解决。\n（四）政策宣传解读不到位，群众对作业管理相关政策的知晓率不高，群众对此反映较为强烈。\n（五）城乡、区域之间发展不平衡，农村和偏远地区短板较为明显，与高质量发展的要求还不相适应。\n（六）部门之间协同联动不够，信息共享和工作衔接不畅，存在“多头管理、各管一段”的现象，在一定程度上制约了课后服务的健康发展。", "status": "pending", "submitted_at": "2026-01-11T17:52:39", "suggested_units": ["市教育局"], "suggestions": "针对上述问题，建议从以下几个方面着力：\n（一）加强作业设计研究，提升作业质量。建议由市教育局牵头制定具体实施方案，明确时间表和路线图。对工作成效明显的区县和单位给予表彰奖励。\n（二）引入体育、艺术、科技等优质资源丰富课后服务内容，并定期向社会公布进展情况。加强与周边城市的交流合作，实现资源共享、优势互补。\n（三）落实教师课后服务补助，推行弹性上下班，切实解决群众“急难愁盼”问题。建立健全工作台账，实行清单化管理、项目化推进。\n（四）强化人才支撑。加强隐形变异相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍，形成可复制可推广的经验做法。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。\n（五）加强统筹协调。建议由市教育局牵头，会同共青团江川市委员会、市市场监督管理局、市体育局建立联席会议制度，定期研究解决课后服务中的重点难点问题。可先选择凤鸣区等条件较好的区域开展试点，成熟后在全市推广。要充分听取群众和企业的意见，提高政策的针对性和可操作性。\n（六）强化督查考核。将课后服务纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，力争用两到三年时间取得明显成效。同时，要加强部门之间的沟通协作，形成工作合力。", "title": "关于持续提升学校课后服务质量的提案"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-613','df43e03b2a18a483',613,'1796121449070.00042','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p8b6bd2aa12a9/p0','@create','{"address": "江川市川东区人民路159号", "confirmed": true, "member_id": "ma93b4e3e7b1b", "name": "王海宇", "phone": "18712711284", "position": 0, "present": true, "proposal_id": "p8b6bd2aa12a9", "role": "first", "sector": "少数民族界", "work_unit": "江川众鑫物流有限公司总经理"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-614','df43e03b2a18a483',614,'1796121449070.00043','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p8b6bd2aa12a9/p1','@create','{"address": "江川市临江区长江路36号", "confirmed": null, "member_id": "m54afb2786e4d", "name": "张子斌", "phone": "18925652166", "position": 1, "present": true, "proposal_id": "p8b6bd2aa12a9", "role": "cosigner", "sector": "少数民族界", "work_unit": "川东区民族宗教事务局副局长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-615','df43e03b2a18a483',615,'1796121449070.00044','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p8b6bd2aa12a9/p2','@create','{"address": "江川市江城区锦绣大道228号", "confirmed": true, "member_id": "mbf62863e61d4", "name": "李浩", "phone": "19967940585", "position": 2, "present": true, "proposal_id": "p8b6bd2aa12a9", "role": "cosigner", "sector": "少数民族界", "work_unit": "江川市民族中学校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-616','df43e03b2a18a483',616,'1796121449070.00045','root','c3bd645135044617bdc67a23710cf9ff','import','proposal','peccf8e225499','@create','{"background": "近年来，我市高度重视食品安全工作，市市场监督管理局等部门出台了一系列政策措施，取得了积极成效。做好食品安全工作，是践行以人民为中心发展思想、办好民生实事的重要内容。据调研，截至2025年底，全市小餐饮相关工作的覆盖率约为49%，与先进城市相比仍有差距。2025年，市12345政务服务便民热线受理涉及小餐饮的群众诉求907件，同比增长35%。特别是在快检方面，仍有较大的提升空间。群众对小餐饮的意见和建议较为集中。", "category_id": "ca106ef49aa19", "collective_name": "", "intake_no": 15, "kind": "individual", "plenary": true, "present": true, "problems": "与群众期盼相比，我市食品安全还存在不少问题：\n一是农产品农药残留快检覆盖面不够，相关工作的整体成效因此打了折扣。究其原因，主要是相关配套政策不够完善、责任落实不够到位。二是小作坊、小餐饮量大面广，监管力量不足，群众对此反映较为强烈。调研中，不少群众和企业对此反映较多。三是网络订餐“幽灵餐厅”问题时有发生，给群众生产生活带来诸多不便。据反映，这一问题在川东区等地尤为突出。四是政策宣传解读不到位，群众对小餐饮相关政策的知晓率不高，影响了政策效果的发挥。这一问题已多年存在，至今未得到根本解决。五是部门之间协同联动不够，信息共享和工作衔接不畅，存在“多头管理、各管一段”的现象，在一定程度上制约了食品安全的健康发展。据反映，这一问题在川东区等地尤为突出。六是考核评价和监督机制不完善，部分政策措施落实不到位，亟待加以解决。部分基层干部对此认识不足，存在等靠要思想。", "status": "pending", "submitted_at": "2026-01-12T09:26:55", "suggested_units": ["市市场监督管理局", "市农业农村局"], "suggestions": "为进一步做好食品安全工作，建议：\n一是建立食品安全追溯体系，并定期向社会公布进展情况。建立健全工作台账，实行清单化管理、项目化推进。二是督促外卖平台落实入网审查责任，切实解决群众“急难愁盼”问题。同时，要加强部门之间的沟通协作，形成工作合力。三是推行小餐饮“明厨亮灶”和智慧监管，力争用两到三年时间取得明显成效。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。四是强化人才支撑。加强快检相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。建议由市市场监督管理局牵头制定具体实施方案，明确时间表和路线图。加强与周边城市的交流合作，实现资源共享、优势互补。五是强化督查考核。将食品安全纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。可先选择江城区等条件较好的区域开展试点，成熟后在全市推广。对工作成效明显的区县和单位给予表彰奖励。六是借鉴先进经验。学习南京等地在快检方面的成功做法，结合我市实际探索创新，形成可复制可推广的经验做法。要充分听取群众和企业的意见，提高政策的针对性和可操作性。", "title": "关于提升小餐饮食品安全水平、加强食品安全全链条监管的提案"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-617','df43e03b2a18a483',617,'1796121449070.00046','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','peccf8e225499/p0','@create','{"address": "江川市江城区人民路370号", "confirmed": null, "member_id": "m55839daa7162", "name": "李丽", "phone": "19868475503", "position": 0, "present": true, "proposal_id": "peccf8e225499", "role": "first", "sector": "中国致公党", "work_unit": "江川同创新材料股份有限公司财务总监"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-618','df43e03b2a18a483',618,'1796121449070.00047','root','c3bd645135044617bdc67a23710cf9ff','import','proposal','p7f35648e0ac8','@create','{"background": "近年来，在市委、市政府的坚强领导下，我市建筑垃圾治理工作稳步推进，资源化等方面有了明显改善。建筑垃圾治理是生态文明建设的重要内容，事关人民群众身体健康和城市可持续发展。据调研，截至2025年底，全市资源化相关工作的覆盖率约为34%，与先进城市相比仍有差距。其中，渣土车问题尤为群众关注。群众对资源化的意见和建议较为集中。特别是在装修垃圾方面，仍有较大的提升空间。", "category_id": "ca27a03316d4a", "collective_name": "", "intake_no": 16, "kind": "joint", "plenary": true, "present": true, "problems": "经调研发现，主要存在以下几个方面的问题：\n一是建筑垃圾资源化利用率低。二是装修垃圾收运渠道不畅，影响了政策效果的发挥。三是建筑垃圾偷倒乱倒现象时有发生。四是部门之间协同联动不够，信息共享和工作衔接不畅，存在“多头管理、各管一段”的现象，与高质量发展的要求还不相适应。五是信息化建设相对滞后，数据共享和智慧化管理水平不高。六是资金保障机制不健全，主要依靠财政投入，社会资本参与的积极性不高。", "status": "pending", "submitted_at": "2026-01-13T08:56:27", "suggested_units": ["市城市管理和综合执法局", "市公安局"], "suggestions": "为此，建议：\n1.建设建筑垃圾资源化利用项目。\n2.在小区设置装修垃圾临时堆放点。建议由市住房和城乡建设局牵头制定具体实施方案，明确时间表和路线图。\n3.建立建筑垃圾电子联单管理制度。\n4.加强统筹协调。建议由市住房和城乡建设局牵头，会同相关部门建立联席会议制度，定期研究解决建筑垃圾治理中的重点难点问题。\n5.加强宣传引导。充分利用报刊、电视、网络等媒体，广泛宣传装修垃圾相关政策，营造全社会共同关注的良好氛围。\n6.强化人才支撑。加强资源化相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。\n以上建议，供有关部门研究参考。", "title": "关于持续规范装修垃圾收运处置的提案"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-619','df43e03b2a18a483',619,'1796121449070.00048','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p7f35648e0ac8/p0','@create','{"address": "江川市临江区青年路237号", "confirmed": true, "member_id": "m2359d757a585", "name": "周德华", "phone": "18934208611", "position": 0, "present": true, "proposal_id": "p7f35648e0ac8", "role": "first", "sector": "九三学社", "work_unit": "江川医学院附属医院心内科教授"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-620','df43e03b2a18a483',620,'1796121449070.00049','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p7f35648e0ac8/p1','@create','{"address": "江川市高新区长江路191号", "confirmed": true, "member_id": "m83467cf139b3", "name": "卢欣颖", "phone": "13318697870", "position": 1, "present": true, "proposal_id": "p7f35648e0ac8", "role": "cosigner", "sector": "九三学社", "work_unit": "石桥县教育局副局长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-621','df43e03b2a18a483',621,'1796121449070.00050','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p7f35648e0ac8/p2','@create','{"address": "江川市高新区文化路267号", "confirmed": null, "member_id": "m88543cc6349d", "name": "罗秀琴", "phone": "15102056249", "position": 2, "present": true, "proposal_id": "p7f35648e0ac8", "role": "cosigner", "sector": "九三学社", "work_unit": "临江区中心小学校长"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-622','df43e03b2a18a483',622,'1796121449070.00051','root','c3bd645135044617bdc67a23710cf9ff','import','proposer','p7f35648e0ac8/p3','@create','{"address": "江川市石桥县长江路344号", "confirmed": true, "member_id": "mdc59cd293986", "name": "李淑琳", "phone": "18611396468", "position": 3, "present": true, "proposal_id": "p7f35648e0ac8", "role": "cosigner", "sector": "九三学社", "work_unit": "梅溪县桃源镇社区卫生服务中心主任"}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-623','df43e03b2a18a483',623,'1796121449070.00052','root','c3bd645135044617bdc67a23710cf9ff','import','archive','a0dd07fa407a4','@create','{"case_no": "第0001号", "category": "经济建设", "joint_unit_ids": [], "joint_units": [], "lead_unit": "市商务局", "lead_unit_id": "u83aff68d586b", "merge_group": "", "mode": "lead", "present": true, "proposer": "张颖", "session_label": "十三届五次", "summary": "建议：一是建设跨境电商产业园，集聚服务资源；二是支持企业布局海外仓，给予租金补贴；三是将海外仓纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效；四是学习宁波等地在跨境电商方面的成功做法，结合我市实际探索创新。", "title": "关于着力支持企业建设海外仓的提案", "year": 2021}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-624','df43e03b2a18a483',624,'1796121449070.00053','root','c3bd645135044617bdc67a23710cf9ff','import','archive','aacf6e7af463d','@create','{"case_no": "第0001号", "category": "政治建设", "joint_unit_ids": ["ud7f200fe1a95"], "joint_units": ["市民族宗教事务局"], "lead_unit": "中共江川市委统一战线工作部", "lead_unit_id": "ucf40336e89b6", "merge_group": "", "mode": "lead", "present": true, "proposer": "段文华", "session_label": "十四届一次", "summary": "建议：一是开展“同心”系列活动；二是建设新的社会阶层人士实践创新基地；三是建议由有关部门牵头，会同相关部门建立联席会议制度，定期研究解决民营经济人士队伍建设中的重点难点问题；四是学习南京等地在党外人士方面的成功做法，结合我市实际探索创新。", "title": "关于加强民营经济人士队伍建设的提案", "year": 2022}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-625','df43e03b2a18a483',625,'1796121449070.00054','root','c3bd645135044617bdc67a23710cf9ff','import','archive','a9565c98876f1','@create','{"case_no": "第0002号", "category": "经济建设", "joint_unit_ids": [], "joint_units": [], "lead_unit": "市工业和信息化局", "lead_unit_id": "u7e9004c31eee", "merge_group": "", "mode": "lead", "present": true, "proposer": "市政协农业和农村委员会", "session_label": "十四届一次", "summary": "建议：一是引进培育数字经济龙头企业和平台企业；二是出台公共数据授权运营管理办法，开放一批高价值数据集；三是建设城市算力中心，发放算力券降低企业成本；四是加强公共数据相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。", "title": "关于推动数字经济和实体经济深度融合的提案", "year": 2022}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-626','df43e03b2a18a483',626,'1796121449070.00055','root','c3bd645135044617bdc67a23710cf9ff','import','archive','a27e6489a7701','@create','{"case_no": "第0001号", "category": "社会建设", "joint_unit_ids": ["u13d04ece00b1"], "joint_units": ["市市场监督管理局"], "lead_unit": "市教育局", "lead_unit_id": "u064031acc20d", "merge_group": "", "mode": "lead", "present": true, "proposer": "杨秀瑶", "session_label": "十四届二次", "summary": "建议：一是引入体育、艺术、科技等优质资源丰富课后服务内容；二是建立校外培训联合执法机制，严查隐形变异培训；三是加强作业设计研究，提升作业质量；四是将义务教育“双减”纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。", "title": "关于重视我市义务教育“双减”问题的提案", "year": 2023}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-627','df43e03b2a18a483',627,'1796121449070.00056','root','c3bd645135044617bdc67a23710cf9ff','import','archive','a8e4a49f6a8c5','@create','{"case_no": "第0002号", "category": "经济建设", "joint_unit_ids": ["u83aff68d586b"], "joint_units": ["市商务局"], "lead_unit": "市农业农村局", "lead_unit_id": "u265903ed7a7c", "merge_group": "", "mode": "lead", "present": true, "proposer": "张浩林", "session_label": "十四届二次", "summary": "建议：一是推进客货邮融合发展，整合农村物流站点；二是开展农村电商人才培训，培育一批“新农人”；三是运用大数据、物联网等信息化手段，提升县域商业体系的精细化、智能化管理水平；四是将县域商业体系纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。", "title": "关于切实推进快递进村的提案", "year": 2023}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-628','df43e03b2a18a483',628,'1796121449070.00057','root','c3bd645135044617bdc67a23710cf9ff','import','archive','aa46d4f3ca0ba','@create','{"case_no": "第0003号", "category": "社会建设", "joint_unit_ids": ["u8045fa37ef8c", "u80014cfabd66"], "joint_units": ["市医疗保障局", "市财政局"], "lead_unit": "市民政局", "lead_unit_id": "uab0ea4add7d0", "merge_group": "", "mode": "lead", "present": true, "proposer": "王振伟", "session_label": "十四届二次", "summary": "建议：一是按照常住老年人口规模配建社区养老服务设施，并纳入规划验收；二是推动社区卫生服务中心与养老机构签约合作，发展医养结合服务；三是推广“中央厨房+社区配送”助餐模式，引导社会力量参与；四是加强失能老人相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。", "title": "关于以系统思维推进社区嵌入式养老服务设施建设的提案", "year": 2023}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-629','df43e03b2a18a483',629,'1796121449070.00058','root','c3bd645135044617bdc67a23710cf9ff','import','archive','a5130b5f60c47','@create','{"case_no": "第0001号", "category": "经济建设", "joint_unit_ids": ["u31e9a97eb7a8", "ub81977564b82"], "joint_units": ["中国人民银行江川市分行", "江川银保监分局"], "lead_unit": "市地方金融管理局", "lead_unit_id": "u60c1bdfd65ab", "merge_group": "", "mode": "lead", "present": true, "proposer": "邹凯", "session_label": "十四届三次", "summary": "建议：一是将普惠贷款投放情况纳入金融机构考核评价；二是设立中小企业应急转贷资金池，缓解续贷压力；三是学习杭州等地在融资担保方面的成功做法，结合我市实际探索创新；四是将中小微企业融资服务纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。", "title": "关于完善政府性融资担保体系的提案", "year": 2024}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-630','df43e03b2a18a483',630,'1796121449070.00059','root','c3bd645135044617bdc67a23710cf9ff','import','archive','ab6d34c9186fb','@create','{"case_no": "第0002号", "category": "经济建设", "joint_unit_ids": ["ucf40336e89b6", "u7e9004c31eee", "ufe7968ee0642"], "joint_units": ["统战部", "市工业和信息化局", "市发展和改革委员会"], "lead_unit": "市工商业联合会", "lead_unit_id": "u15ec784cdd64", "merge_group": "", "mode": "lead", "present": true, "proposer": "陈思燕", "session_label": "十四届三次", "summary": "建议：一是实施新生代企业家“薪火传承”培养计划；二是建立政府领导联系民营企业制度；三是定期向民间资本推介重大项目清单；四是学习厦门等地在企业家方面的成功做法，结合我市实际探索创新；五是充分利用报刊、电视、网络等媒体，广泛宣传企业家相关政策，营造全社会共同关注的良好氛围。", "title": "关于以系统思维支持民营企业参与重大项目建设的提案", "year": 2024}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-631','df43e03b2a18a483',631,'1796121449070.00060','root','c3bd645135044617bdc67a23710cf9ff','import','archive','aa836df0031ea','@create','{"case_no": "第0003号", "category": "社会建设", "joint_unit_ids": ["uf1cd80f49fec", "u13d04ece00b1"], "joint_units": ["江川市消防救援支队", "市市场监督管理局"], "lead_unit": "市住房和城乡建设局", "lead_unit_id": "u32af4c2962d5", "merge_group": "", "mode": "lead", "present": true, "proposer": "市政协农业和农村委员会", "session_label": "十四届三次", "summary": "建议：一是加快老化燃气管道更新改造；二是开展燃气安全入户检查；三是推行瓶装液化气“一瓶一码”全程追溯；四是将燃气安全纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效；五是将燃气安全相关经费纳入年度财政预算，建立稳定增长的投入保障机制，积极引导社会资本参与。", "title": "关于推进老化燃气管道更新改造助力提升群众获得感幸福感的提案", "year": 2024}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-632','df43e03b2a18a483',632,'1796121449070.00061','root','c3bd645135044617bdc67a23710cf9ff','import','archive','a238a7ca91737','@create','{"case_no": "第0001号", "category": "文化建设", "joint_unit_ids": ["ud69be6acd088", "u399f056c7df3"], "joint_units": ["中共江川市委宣传部", "市退役军人事务局"], "lead_unit": "市文化广电旅游局", "lead_unit_id": "u8dff5c9d11f4", "merge_group": "", "mode": "lead", "present": true, "proposer": "唐刚", "session_label": "十四届四次", "summary": "建议：一是开展红色资源普查，建立数据库；二是运用数字技术提升展陈水平；三是开发红色研学线路；四是加强红色资源相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍；五是充分利用报刊、电视、网络等媒体，广泛宣传红色资源相关政策，营造全社会共同关注的良好氛围。", "title": "关于着力加强红色文化资源保护利用的建议", "year": 2025}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-633','df43e03b2a18a483',633,'1796121449070.00062','root','c3bd645135044617bdc67a23710cf9ff','import','archive','a6a1e3798df5a','@create','{"case_no": "第0002号", "category": "社会建设", "joint_unit_ids": ["u303bfccb09e2"], "joint_units": ["市自然资源和规划局"], "lead_unit": "市教育局", "lead_unit_id": "u064031acc20d", "merge_group": "", "mode": "lead", "present": true, "proposer": "张美萍", "session_label": "十四届四次", "summary": "建议：一是完善教师交流轮岗激励机制；二是将学校建设纳入新建小区配套同步规划建设；三是实施乡村学校办学条件提升工程；四是将集团化办学纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效；五是加强乡村学校相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。", "title": "关于缩小城乡校际教育差距的提案", "year": 2025}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-634','df43e03b2a18a483',634,'1796121449070.00063','root','c3bd645135044617bdc67a23710cf9ff','import','archive','a3cae6a2dfbe4','@create','{"case_no": "第0003号", "category": "经济建设", "joint_unit_ids": ["u80014cfabd66", "u32af4c2962d5"], "joint_units": ["市财政局", "市住房和城乡建设局"], "lead_unit": "市发展和改革委员会", "lead_unit_id": "ufe7968ee0642", "merge_group": "", "mode": "lead", "present": true, "proposer": "何华", "session_label": "十四届四次", "summary": "建议：一是支持本地建筑企业资质升级和联合投标；二是开展智能建造试点项目；三是落实装配式建筑容积率奖励政策；四是将智能建造纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效；五是学习深圳等地在智能建造方面的成功做法，结合我市实际探索创新。", "title": "关于加强智能建造工作的提案", "year": 2025}','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-635','df43e03b2a18a483',635,'1796121457840.00000','root','71df382bd54f483293ce9b71a60eb239','decide.accept','proposal','p15e7851fb214','status','"accepted"','["df43e03b2a18a483-569"]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-636','df43e03b2a18a483',636,'1796121457842.00000','root','71df382bd54f483293ce9b71a60eb239','decide.accept','proposal','p8f9dc7227f97','status','"accepted"','["df43e03b2a18a483-573"]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-637','df43e03b2a18a483',637,'1796121457847.00000','root','71df382bd54f483293ce9b71a60eb239','decide.accept','proposal','pb764102ce850','status','"accepted"','["df43e03b2a18a483-575"]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-638','df43e03b2a18a483',638,'1796121459603.00000','root','e9f4218267024ef2a4bd4b73c3c68827','decide.reject','proposal','pc263590cac89','status','"rejected"','["df43e03b2a18a483-577"]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-639','df43e03b2a18a483',639,'1796121459603.00001','root','e9f4218267024ef2a4bd4b73c3c68827','decide.reject','proposal','pc263590cac89','reason_id','"r710e6462f820"','["df43e03b2a18a483-577"]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-640','df43e03b2a18a483',640,'1796121470765.00000','root','902e621299b9401995c2a73820fdeb41','merge.add','proposal','p86b346279f34','status','"accepted"','["df43e03b2a18a483-579"]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-641','df43e03b2a18a483',641,'1796121470765.00001','root','902e621299b9401995c2a73820fdeb41','merge.add','proposal','p4a40a84301dc','status','"merged"','["df43e03b2a18a483-587"]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-642','df43e03b2a18a483',642,'1796121470766.00000','root','902e621299b9401995c2a73820fdeb41','merge.add','proposal','p4a40a84301dc','merged_into','"p86b346279f34"','["df43e03b2a18a483-587"]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-643','df43e03b2a18a483',643,'1796121470769.00000','root','902e621299b9401995c2a73820fdeb41','merge.add','proposal','p6bc28faba7aa','status','"merged"','["df43e03b2a18a483-589"]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-644','df43e03b2a18a483',644,'1796121470769.00001','root','902e621299b9401995c2a73820fdeb41','merge.add','proposal','p6bc28faba7aa','merged_into','"p86b346279f34"','["df43e03b2a18a483-589"]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-645','df43e03b2a18a483',645,'1796121473061.00000','root','23e40664b0f4490eb51e0d486dba58f4','units.assign','assignment','p15e7851fb214/u/uab0ea4add7d0','role','"lead"','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-646','df43e03b2a18a483',646,'1796121473062.00000','root','23e40664b0f4490eb51e0d486dba58f4','units.assign','assignment','p15e7851fb214/u/uab0ea4add7d0','position','0','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-647','df43e03b2a18a483',647,'1796121473068.00000','root','23e40664b0f4490eb51e0d486dba58f4','units.assign','assignment','p15e7851fb214/u/uab0ea4add7d0','present','true','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-648','df43e03b2a18a483',648,'1796121473068.00001','root','23e40664b0f4490eb51e0d486dba58f4','units.assign','assignment','p15e7851fb214/u/u80014cfabd66','role','"joint"','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-649','df43e03b2a18a483',649,'1796121473069.00000','root','23e40664b0f4490eb51e0d486dba58f4','units.assign','assignment','p15e7851fb214/u/u80014cfabd66','position','1','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-650','df43e03b2a18a483',650,'1796121473069.00001','root','23e40664b0f4490eb51e0d486dba58f4','units.assign','assignment','p15e7851fb214/u/u80014cfabd66','present','true','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-651','df43e03b2a18a483',651,'1796121475132.00000','root','0beafbdddc604d4fa3113ae5b4f90941','proposal.opinion','proposal','p8f9dc7227f97','opinion','"建议交办"','["df43e03b2a18a483-573"]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-652','df43e03b2a18a483',652,'1796121475142.00000','root','338948cb37874c96bd7bbcb7e40f750c','note.add','note','p8f9dc7227f97/n/fb1774ff61f5','author','"root"','[]',1);
INSERT INTO "change" VALUES('df43e03b2a18a483-653','df43e03b2a18a483',653,'1796121475147.00000','root','338948cb37874c96bd7bbcb7e40f750c','note.add','note','p8f9dc7227f97/n/fb1774ff61f5','text','"私人备注"','[]',1);
INSERT INTO "change" VALUES('df43e03b2a18a483-654','df43e03b2a18a483',654,'1796121475148.00000','root','338948cb37874c96bd7bbcb7e40f750c','note.add','note','p8f9dc7227f97/n/fb1774ff61f5','shared','false','[]',1);
INSERT INTO "change" VALUES('df43e03b2a18a483-655','df43e03b2a18a483',655,'1796121475148.00001','root','338948cb37874c96bd7bbcb7e40f750c','note.add','note','p8f9dc7227f97/n/fb1774ff61f5','created','"2026-12-01T10:37:55+00:00"','[]',1);
INSERT INTO "change" VALUES('df43e03b2a18a483-656','df43e03b2a18a483',656,'1796121475149.00000','root','338948cb37874c96bd7bbcb7e40f750c','note.add','note','p8f9dc7227f97/n/fb1774ff61f5','present','true','[]',1);
INSERT INTO "change" VALUES('df43e03b2a18a483-657','df43e03b2a18a483',657,'1796121477384.00000','root','77dea90c6af2404087460aa610e69d1e','note.add','note','pb764102ce850/n/b60b0dccaf33','author','"root"','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-658','df43e03b2a18a483',658,'1796121477385.00000','root','77dea90c6af2404087460aa610e69d1e','note.add','note','pb764102ce850/n/b60b0dccaf33','text','"共享备注"','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-659','df43e03b2a18a483',659,'1796121477385.00001','root','77dea90c6af2404087460aa610e69d1e','note.add','note','pb764102ce850/n/b60b0dccaf33','shared','true','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-660','df43e03b2a18a483',660,'1796121477386.00000','root','77dea90c6af2404087460aa610e69d1e','note.add','note','pb764102ce850/n/b60b0dccaf33','created','"2026-12-01T10:37:57+00:00"','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-661','df43e03b2a18a483',661,'1796121477392.00000','root','77dea90c6af2404087460aa610e69d1e','note.add','note','pb764102ce850/n/b60b0dccaf33','present','true','[]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-662','df43e03b2a18a483',662,'1796121479387.00000','root','e17bb9850b5b4d4db62e004f5114d141','decide.withdraw','proposal','p6b4bf99fa20d','status','"withdrawn"','["df43e03b2a18a483-593"]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-663','df43e03b2a18a483',663,'1796121481400.00000','root','580cf9ee5c794301a9b239fdd33a2257','undo:decide.withdraw','proposal','p6b4bf99fa20d','status','"pending"','["df43e03b2a18a483-662"]',0);
INSERT INTO "change" VALUES('df43e03b2a18a483-664','df43e03b2a18a483',664,'1796121483221.00000','root','90c7c9d5a4a54291b6532d3e01b0f301','decide.accept','proposal','p2ce2fc0bd11d','status','"accepted"','["df43e03b2a18a483-595"]',0);
CREATE TABLE disposition (
	id VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	active BOOLEAN NOT NULL, 
	present BOOLEAN NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "disposition" VALUES('d84b176fcd463','转为意见和建议',0,1,1);
INSERT INTO "disposition" VALUES('dc580ee14f336','转为委员来信',1,1,1);
INSERT INTO "disposition" VALUES('dcc2e3a4a3515','转为社情民意信息',2,1,1);
INSERT INTO "disposition" VALUES('da6ea5a2d8653','退回提案人',3,1,1);
CREATE TABLE field_head (
	entity VARCHAR NOT NULL, 
	entity_id VARCHAR NOT NULL, 
	field VARCHAR NOT NULL, 
	heads TEXT NOT NULL, 
	"conflict" BOOLEAN NOT NULL, 
	PRIMARY KEY (entity, entity_id, field)
);
INSERT INTO "field_head" VALUES('proposal','p15e7851fb214','status','["df43e03b2a18a483-635"]',0);
INSERT INTO "field_head" VALUES('proposal','p8f9dc7227f97','status','["df43e03b2a18a483-636"]',0);
INSERT INTO "field_head" VALUES('proposal','pb764102ce850','status','["df43e03b2a18a483-637"]',0);
INSERT INTO "field_head" VALUES('proposal','pc263590cac89','status','["df43e03b2a18a483-638"]',0);
INSERT INTO "field_head" VALUES('proposal','pc263590cac89','reason_id','["df43e03b2a18a483-639"]',0);
INSERT INTO "field_head" VALUES('proposal','p86b346279f34','status','["df43e03b2a18a483-640"]',0);
INSERT INTO "field_head" VALUES('proposal','p4a40a84301dc','status','["df43e03b2a18a483-641"]',0);
INSERT INTO "field_head" VALUES('proposal','p4a40a84301dc','merged_into','["df43e03b2a18a483-642"]',0);
INSERT INTO "field_head" VALUES('proposal','p6bc28faba7aa','status','["df43e03b2a18a483-643"]',0);
INSERT INTO "field_head" VALUES('proposal','p6bc28faba7aa','merged_into','["df43e03b2a18a483-644"]',0);
INSERT INTO "field_head" VALUES('assignment','p15e7851fb214/u/uab0ea4add7d0','role','["df43e03b2a18a483-645"]',0);
INSERT INTO "field_head" VALUES('assignment','p15e7851fb214/u/uab0ea4add7d0','position','["df43e03b2a18a483-646"]',0);
INSERT INTO "field_head" VALUES('assignment','p15e7851fb214/u/uab0ea4add7d0','present','["df43e03b2a18a483-647"]',0);
INSERT INTO "field_head" VALUES('assignment','p15e7851fb214/u/u80014cfabd66','role','["df43e03b2a18a483-648"]',0);
INSERT INTO "field_head" VALUES('assignment','p15e7851fb214/u/u80014cfabd66','position','["df43e03b2a18a483-649"]',0);
INSERT INTO "field_head" VALUES('assignment','p15e7851fb214/u/u80014cfabd66','present','["df43e03b2a18a483-650"]',0);
INSERT INTO "field_head" VALUES('proposal','p8f9dc7227f97','opinion','["df43e03b2a18a483-651"]',0);
INSERT INTO "field_head" VALUES('note','p8f9dc7227f97/n/fb1774ff61f5','author','["df43e03b2a18a483-652"]',0);
INSERT INTO "field_head" VALUES('note','p8f9dc7227f97/n/fb1774ff61f5','text','["df43e03b2a18a483-653"]',0);
INSERT INTO "field_head" VALUES('note','p8f9dc7227f97/n/fb1774ff61f5','shared','["df43e03b2a18a483-654"]',0);
INSERT INTO "field_head" VALUES('note','p8f9dc7227f97/n/fb1774ff61f5','created','["df43e03b2a18a483-655"]',0);
INSERT INTO "field_head" VALUES('note','p8f9dc7227f97/n/fb1774ff61f5','present','["df43e03b2a18a483-656"]',0);
INSERT INTO "field_head" VALUES('note','pb764102ce850/n/b60b0dccaf33','author','["df43e03b2a18a483-657"]',0);
INSERT INTO "field_head" VALUES('note','pb764102ce850/n/b60b0dccaf33','text','["df43e03b2a18a483-658"]',0);
INSERT INTO "field_head" VALUES('note','pb764102ce850/n/b60b0dccaf33','shared','["df43e03b2a18a483-659"]',0);
INSERT INTO "field_head" VALUES('note','pb764102ce850/n/b60b0dccaf33','created','["df43e03b2a18a483-660"]',0);
INSERT INTO "field_head" VALUES('note','pb764102ce850/n/b60b0dccaf33','present','["df43e03b2a18a483-661"]',0);
INSERT INTO "field_head" VALUES('proposal','p6b4bf99fa20d','status','["df43e03b2a18a483-663"]',0);
INSERT INTO "field_head" VALUES('proposal','p2ce2fc0bd11d','status','["df43e03b2a18a483-664"]',0);
CREATE TABLE local_device (
	id INTEGER NOT NULL, 
	device_id VARCHAR NOT NULL, 
	fingerprint VARCHAR NOT NULL, 
	created VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "local_device" VALUES(1,'df43e03b2a18a483','952a4b0485e36b31faaad0a8330bc0515c1ee0b3664302fbac7997dc40345bc6','2026-12-01T10:37:29+00:00');
CREATE TABLE member (
	id VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	sector VARCHAR NOT NULL, 
	work_unit VARCHAR NOT NULL, 
	address VARCHAR NOT NULL, 
	phone VARCHAR NOT NULL, 
	active BOOLEAN NOT NULL, 
	present BOOLEAN NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "member" VALUES('m40b9224c10eb','张晨萱','无党派人士','江川大学机械工程学院教授','江川市临江区长江路187号','15799327096',1,1);
INSERT INTO "member" VALUES('m3ec818014496','朱伟','医药卫生界','江川市疾病预防控制中心主任医师','江川市凤鸣区锦绣大道389号','13032858379',1,1);
INSERT INTO "member" VALUES('m9f69b8fd95c7','陆永波','科学技术界','江川市农业科学院研究员','江川市梅溪县文化路330号','13227700274',1,1);
INSERT INTO "member" VALUES('m7658e8b1e518','黄婷红','无党派人士','江川大学化学化工学院研究员','江川市青山区光明路302号','13238328830',1,1);
INSERT INTO "member" VALUES('m16a73864336a','叶洋','中国农工民主党','江川医学院附属医院康复科教授','江川市凤鸣区和平路318号','13887078181',1,1);
INSERT INTO "member" VALUES('m6a3feb589183','程志明','无党派人士','青山区人民医院院长','江川市青山区光明路7号','18970530963',1,1);
INSERT INTO "member" VALUES('m9abb1884c69d','李宏华','特邀人士','梅溪县人大常委会副主任','江川市高新区锦绣大道40号','18765472358',1,1);
INSERT INTO "member" VALUES('m8d9f599d5ffb','董嘉怡','台联','江川同创实业集团有限公司总经理','江川市高新区科创大道26号','13709538180',1,1);
INSERT INTO "member" VALUES('m8bbeadeae59b','陈春萍','特邀人士','高新区人民政府副区长','江川市临江区锦绣大道258号','18200228760',1,1);
INSERT INTO "member" VALUES('md5be6daf0a11','王娟','科协','江川大学医学院教授','江川市凤鸣区学府路94号','19913980014',1,1);
INSERT INTO "member" VALUES('m424c83e7bc98','张佳洁','科协','江川市农业科学院研究员','江川市梅溪县解放大道119号','13292506058',1,1);
INSERT INTO "member" VALUES('mc6f90c60ac88','潘翠燕','社会科学界','中共江川市委党校教授','江川市临江区文化路285号','19590453321',1,1);
INSERT INTO "member" VALUES('mb3aa3da3d08a','崔晓成','宗教界','江川市道教协会秘书长','江川市梅溪县新华路116号','15193628185',1,1);
INSERT INTO "member" VALUES('mc7c552ff1658','何华','经济界','江川远航科技有限公司董事长','江川市梅溪县新华路46号','19970786834',1,1);
INSERT INTO "member" VALUES('m25494c94ebfa','薛鸿刚','中国共产党','江川大学生命科学学院教授','江川市高新区解放大道11号','15904002442',1,1);
INSERT INTO "member" VALUES('mb2ca132b360f','张雨梅','宗教界','江川市基督教两会主席','江川市江城区朝阳路176号','15104730981',1,1);
INSERT INTO "member" VALUES('m4cc08d95292a','王晓萍','中国民主同盟','江城区实验小学副校长','江川市川东区学府路251号','18147250578',1,1);
INSERT INTO "member" VALUES('m2ac9342bf112','彭建涛','经济界','江川同创新材料股份有限公司董事长','江川市梅溪县振兴路338号','13252228197',1,1);
INSERT INTO "member" VALUES('m04e1ad55fa60','杨志成','经济界','江川博远建设集团有限公司总经理','江川市梅溪县振兴路263号','15093204502',1,1);
INSERT INTO "member" VALUES('m4183c2cf5e3b','马蕾','科学技术界','江川嘉和环保科技有限公司总工程师','江川市梅溪县朝阳路363号','15571588886',1,1);
INSERT INTO "member" VALUES('mfdb1a86ec917','刘梦燕','台联','江川市台商协会秘书长','江川市凤鸣区人民路378号','13331020843',1,1);
INSERT INTO "member" VALUES('mb9652b667842','司马文成','医药卫生界','江川市第一人民医院妇产科主任','江川市梅溪县锦绣大道221号','15091087847',1,1);
INSERT INTO "member" VALUES('maa1be6ec522b','吴雨瑶','教育界','临江区实验幼儿园园长','江川市高新区光明路321号','13500638998',1,1);
INSERT INTO "member" VALUES('mf0d060ac2e7c','张欣萍','中国共产党','青山区人大常委会副主任','江川市江城区建设路128号','15285954528',1,1);
INSERT INTO "member" VALUES('m977ba31a23c9','江婷涵','新闻出版界','江川融媒体中心记者','江川市梅溪县长江路79号','18263794811',1,1);
INSERT INTO "member" VALUES('m565232d1f6aa','魏天宇','妇联','江川市妇联副主席','江川市江城区科创大道116号','18012798900',1,1);
INSERT INTO "member" VALUES('m23db7be78593','张宏杰','宗教界','江川市基督教两会主席','江川市川东区新华路227号','15114954457',1,1);
INSERT INTO "member" VALUES('m83e77a7770f4','陶秀怡','中国共产党','江川市中医院副院长','江川市川东区锦绣大道34号','19523697342',1,1);
INSERT INTO "member" VALUES('md82c168473ea','万晨敏','中国民主建国会','江川金桥建设集团有限公司副总经理','江川市高新区长江路39号','19509833231',1,1);
INSERT INTO "member" VALUES('m40f8e9e2448b','朱莉','经济界','江川华信新材料股份有限公司总经理','江川市凤鸣区青年路399号','13653697929',1,1);
INSERT INTO "member" VALUES('m7ffd27b79847','刘晨凤','科学技术界','江川大学生命科学学院教授','江川市川东区迎宾大道60号','18213292485',1,1);
INSERT INTO "member" VALUES('m1365613980b0','张志华','工商联','江川天成科技有限公司财务总监','江川市高新区朝阳路92号','18724473621',1,1);
INSERT INTO "member" VALUES('m610d6af664d4','薛雨敏','社会科学界','江川大学机械工程学院教授','江川市川东区科创大道120号','18717294099',1,1);
INSERT INTO "member" VALUES('m2eec60b759de','孙艳','医药卫生界','石桥县桃源镇社区卫生服务中心主任','江川市凤鸣区学府路147号','18216667613',1,1);
INSERT INTO "member" VALUES('m8cbf060a59bb','刘雨霞','总工会','江川市总工会副主席','江川市高新区科创大道359号','18910406451',1,1);
INSERT INTO "member" VALUES('mba6147e013f7','李宏宇','特邀人士','江川市人民政府参事','江川市青山区建设路89号','15532194696',1,1);
INSERT INTO "member" VALUES('me815dd851416','张立强','中国国民党革命委员会','江川市公证处主任','江川市凤鸣区光明路14号','13781573788',1,1);
INSERT INTO "member" VALUES('m5c6cf200c677','何文成','中国民主建国会','江川鼎盛环保科技有限公司党委书记','江川市高新区建设路180号','13875205444',1,1);
INSERT INTO "member" VALUES('mc6ef740bb3f2','刘子强','新闻出版界','江川出版社编审','江川市凤鸣区振兴路151号','13958681089',1,1);
INSERT INTO "member" VALUES('mb0aa8e95a818','王博龙','科协','江川远航物流有限公司总工程师','江川市石桥县学府路286号','13268963230',1,1);
INSERT INTO "member" VALUES('m2299548009a0','张宇伟','无党派人士','梅溪县教育局副局长','江川市石桥县解放大道264号','18602045990',1,1);
INSERT INTO "member" VALUES('m2e36d9c68778','刘晓辉','妇联','江川市妇联副主席','江川市高新区学府路4号','13324635270',1,1);
INSERT INTO "member" VALUES('m590c3529c0a8','曾翠华','工商联','江川远航实业集团有限公司副总经理','江川市临江区文化路315号','18360533074',1,1);
INSERT INTO "member" VALUES('m5b8569b900b3','杨诗萍','教育界','江川大学马克思主义学院教授','江川市青山区光明路186号','18678347328',1,1);
INSERT INTO "member" VALUES('mc6df6ddac639','朱丽怡','中国国民党革命委员会','江川嘉和新材料股份有限公司财务总监','江川市江城区科创大道344号','19983959188',1,1);
INSERT INTO "member" VALUES('m5d09b75e0314','李晶','科协','江川永盛科技有限公司总工程师','江川市川东区解放大道146号','18981377624',1,1);
INSERT INTO "member" VALUES('me3f0ef6f239e','万志生','无党派人士','江川市农业科学院研究员','江川市高新区锦绣大道184号','18062081727',1,1);
INSERT INTO "member" VALUES('m384d3ae676a5','杨淑琳','教育界','江川大学土木工程学院教授','江川市临江区迎宾大道64号','13785688482',1,1);
INSERT INTO "member" VALUES('m6309cc41a7de','卢玉燕','妇联','凤鸣区妇联主席','江川市江城区振兴路69号','15594009757',1,1);
INSERT INTO "member" VALUES('me98e0de02eaa','王振豪','新闻出版界','江川日报社副总编辑','江川市凤鸣区光明路141号','18795052892',1,1);
INSERT INTO "member" VALUES('ma93b4e3e7b1b','王海宇','少数民族界','江川众鑫物流有限公司总经理','江川市川东区人民路159号','18712711284',1,1);
INSERT INTO "member" VALUES('m8ea96dcbb848','刘丽瑶','社会福利和社会保障界','江川市佳禾养老服务中心负责人','江川市川东区文化路262号','15184374685',1,1);
INSERT INTO "member" VALUES('md1032423a764','李旭','无党派人士','江川大学生命科学学院研究员','江川市江城区建设路392号','18233158501',1,1);
INSERT INTO "member" VALUES('me96c39a766e2','黄静娟','教育界','梅溪县第一中学副校长','江川市青山区锦绣大道39号','19898329045',1,1);
INSERT INTO "member" VALUES('meeda2a412512','李海林','农业界','江川市华信种植专业合作社理事长','江川市江城区青年路164号','19354714295',1,1);
INSERT INTO "member" VALUES('mc7612c90c9ed','曹春华','中国共产党','江川天成置业有限公司总经理','江川市梅溪县新华路193号','18098210415',1,1);
INSERT INTO "member" VALUES('mbdba9b6645f3','黄丽婷','宗教界','江川市道教协会秘书长','江川市高新区迎宾大道132号','19173213972',1,1);
INSERT INTO "member" VALUES('m7a59c89a2ecf','张丽萱','教育界','凤鸣区教育局副局长','江川市青山区长江路334号','13928573957',1,1);
INSERT INTO "member" VALUES('m78ef37233fd1','刘金军','宗教界','江川市基督教两会主席','江川市江城区科创大道47号','15284033089',1,1);
INSERT INTO "member" VALUES('m52c38cd9f7c8','王怡','新闻出版界','江川出版社编审','江川市高新区滨江路39号','18324376693',1,1);
INSERT INTO "member" VALUES('m817b0d171665','黎宇宇','中国致公党','江川农商银行副行长','江川市青山区锦绣大道37号','18945149279',1,1);
INSERT INTO "member" VALUES('m85b35a2b8ed4','黄静','特邀人士','江川市人民政府参事','江川市高新区振兴路375号','18613635269',1,1);
INSERT INTO "member" VALUES('m1b324ab7c08d','刘美婷','中国农工民主党','江川市疾病预防控制中心主任医师','江川市凤鸣区学府路93号','18085808077',1,1);
INSERT INTO "member" VALUES('m76dcbe04179b','李明轩','中国共产党','凤鸣区教育局副局长','江川市凤鸣区新华路260号','13992530033',1,1);
INSERT INTO "member" VALUES('m1b88b69575fc','王博强','中国共产党','青山区实验幼儿园园长','江川市石桥县锦绣大道152号','15065383872',1,1);
INSERT INTO "member" VALUES('mfdafc2b96054','王若兰','教育界','江川职业技术学院副院长','江川市梅溪县滨江路111号','15970903057',1,1);
INSERT INTO "member" VALUES('mcc03558cae4d','马若萱','医药卫生界','江川市妇幼保健院副院长','江川市石桥县光明路25号','18392315853',1,1);
INSERT INTO "member" VALUES('m6314d9b126d5','唐诗英','特邀人士','凤鸣区人大常委会副主任','江川市江城区光明路343号','13796860720',1,1);
INSERT INTO "member" VALUES('m384badc074ad','张学杰','中国共产党','江川市实验中学教师','江川市青山区锦绣大道53号','15511015018',1,1);
INSERT INTO "member" VALUES('m0e1acf78aa72','张芳','教育界','江川大学生命科学学院教授','江川市石桥县新华路162号','19805270797',1,1);
INSERT INTO "member" VALUES('mb49769c28c63','方玉涵','医药卫生界','川东区桃源镇社区卫生服务中心主任','江川市青山区长江路242号','13676313531',1,1);
INSERT INTO "member" VALUES('mafbdb4908693','林紫梅','少数民族界','江川市民族中学校长','江川市青山区和平路356号','13705476797',1,1);
INSERT INTO "member" VALUES('mb2bb7b2b99d1','梁学豪','文化艺术界','江川市图书馆馆长','江川市临江区光明路26号','15269016371',1,1);
INSERT INTO "member" VALUES('mcbf5740ca6bc','郑金斌','经济界','江川新源机械制造有限公司董事长','江川市凤鸣区和平路301号','13234437906',1,1);
INSERT INTO "member" VALUES('m8ad2482e8b13','王强','中国民主建国会','江川天成建设集团有限公司董事长','江川市青山区新华路133号','13052259641',1,1);
INSERT INTO "member" VALUES('m6b3632ec69c2','郭立平','中国国民党革命委员会','江川职业技术学院副院长','江川市梅溪县迎宾大道368号','15947698206',1,1);
INSERT INTO "member" VALUES('m4a71dcbbd8f3','袁晓兰','医药卫生界','江城区东湖街道社区卫生服务中心主任','江川市青山区文化路150号','19940804768',1,1);
INSERT INTO "member" VALUES('mfd580adbe758','上官文轩','教育界','江川职业技术学院副院长','江川市凤鸣区解放大道241号','15024992690',1,1);
INSERT INTO "member" VALUES('mbe193072f28f','宋家辉','特邀人士','梅溪县西关街道党工委书记','江川市凤鸣区滨江路114号','19574555326',1,1);
INSERT INTO "member" VALUES('m8e9f458f14d5','魏静','中国国民党革命委员会','江川职业技术学院副院长','江川市江城区和平路256号','18830764231',1,1);
INSERT INTO "member" VALUES('m945c33c20d5c','张明','文化艺术界','江川市文化馆馆长','江川市凤鸣区文化路337号','15973611496',1,1);
INSERT INTO "member" VALUES('mcf72d994bc28','杨思萍','九三学社','江川大学土木工程学院教授','江川市梅溪县滨江路233号','13030233141',1,1);
INSERT INTO "member" VALUES('m36c515565ced','孙晓霞','经济界','江川瑞丰科技有限公司财务总监','江川市高新区振兴路50号','13831342328',1,1);
INSERT INTO "member" VALUES('mf0a8b1ee8617','赵文琴','中国民主同盟','临江区实验幼儿园园长','江川市梅溪县长江路280号','13841037406',1,1);
INSERT INTO "member" VALUES('m8bd8ddac10ca','陈春红','少数民族界','梅溪县民族宗教事务局副局长','江川市江城区解放大道343号','15920394614',1,1);
INSERT INTO "member" VALUES('m2ff91c3c46b5','陈文鹏','经济界','江川众鑫生物医药有限公司董事长','江川市临江区锦绣大道330号','15204018591',1,1);
INSERT INTO "member" VALUES('mb0bee31520cf','宋翠琴','少数民族界','江川市民族中学校长','江川市高新区振兴路290号','15967449196',1,1);
INSERT INTO "member" VALUES('m36053444c5e9','李博宇','医药卫生界','江川市疾病预防控制中心主任医师','江川市临江区科创大道100号','18872881794',1,1);
INSERT INTO "member" VALUES('m9c3003a82f42','刘睿','中国民主同盟','江川市博物馆副馆长','江川市川东区学府路192号','15995118476',1,1);
INSERT INTO "member" VALUES('mdc2ac6ef2885','吴晨敏','文化艺术界','江川市文化馆馆长','江川市临江区人民路252号','18351243832',1,1);
INSERT INTO "member" VALUES('m6a3a6d07c483','徐宏华','经济界','江川博远纺织有限公司党委书记','江川市高新区朝阳路6号','19933007961',1,1);
INSERT INTO "member" VALUES('meb71b50c871a','张海豪','宗教界','江川市佛教协会会长','江川市石桥县青年路203号','18895524878',1,1);
INSERT INTO "member" VALUES('m9a56d1fd7d68','陈振波','特邀人士','江川市人民政府参事','江川市川东区振兴路244号','15815675575',1,1);
INSERT INTO "member" VALUES('m3fa83a8e58c1','黄翠红','中国共产党','江川市人民政府参事','江川市川东区科创大道205号','18866664551',1,1);
INSERT INTO "member" VALUES('m5b2ada417476','周伟生','医药卫生界','江川市中医院副院长','江川市临江区科创大道83号','15281261562',1,1);
INSERT INTO "member" VALUES('mefb17de01671','丁涛','科协','江川大学土木工程学院教授','江川市凤鸣区朝阳路381号','13387912225',1,1);
INSERT INTO "member" VALUES('mda78abb5ce61','卢永峰','经济界','江川佳禾科技有限公司董事长','江川市凤鸣区人民路139号','13957962379',1,1);
INSERT INTO "member" VALUES('md91597bd3d35','张超','农业界','凤鸣区农业技术推广中心高级农艺师','江川市川东区光明路349号','15703327008',1,1);
INSERT INTO "member" VALUES('mada436cf3cf2','李晓强','中国民主同盟','江川大学化学化工学院教授','江川市高新区滨江路24号','13038104587',1,1);
INSERT INTO "member" VALUES('m31701999d0a5','程晓芳','医药卫生界','江川市疾病预防控制中心主任医师','江川市青山区文化路203号','15136219902',1,1);
INSERT INTO "member" VALUES('m55f661910678','李丽萍','台联','江川瑞丰建设集团有限公司总经理','江川市高新区光明路140号','18011499031',1,1);
INSERT INTO "member" VALUES('m7b355c5ebf63','杨秀英','社会科学界','江川市社会科学院研究员','江川市青山区解放大道6号','13849165539',1,1);
INSERT INTO "member" VALUES('m5c021f149c87','刘晓娟','中国共产党','梅溪县西关街道社区卫生服务中心主任','江川市凤鸣区人民路330号','15268642261',1,1);
INSERT INTO "member" VALUES('m74e881549dd2','胡婷华','中国民主促进会','梅溪县教育局副局长','江川市临江区迎宾大道274号','18338237917',1,1);
INSERT INTO "member" VALUES('m6f598b4dedfc','吴霞','工商联','江川永盛建设集团有限公司党委书记','江川市凤鸣区学府路271号','18707733770',1,1);
INSERT INTO "member" VALUES('m1bc30cd25404','王梦婷','中国民主促进会','江川外国语学校校长','江川市临江区科创大道122号','15748482257',1,1);
INSERT INTO "member" VALUES('m3fca5e82a223','王紫萍','妇联','江川市妇联副主席','江川市临江区解放大道219号','19574339977',1,1);
INSERT INTO "member" VALUES('m34945139d9bb','唐玉琳','文化艺术界','江川市图书馆馆长','江川市临江区朝阳路63号','13731344829',1,1);
INSERT INTO "member" VALUES('mf8e86bb9b796','何志鹏','总工会','江川市总工会副主席','江川市川东区光明路68号','15904144996',1,1);
INSERT INTO "member" VALUES('mbf9d61d09dc7','赵平','中国民主建国会','江川天成新材料股份有限公司总经理','江川市梅溪县建设路348号','19538858519',1,1);
INSERT INTO "member" VALUES('m6523e4cf2985','何嘉刚','少数民族界','江川华信食品股份有限公司总经理','江川市高新区科创大道343号','15288254449',1,1);
INSERT INTO "member" VALUES('m409f64a26a73','梁鹏','中国国民党革命委员会','江川佳禾物流有限公司财务总监','江川市川东区滨江路347号','15851577738',1,1);
INSERT INTO "member" VALUES('mf4c0d7ffeed0','卢文轩','新闻出版界','江川融媒体中心记者','江川市江城区和平路80号','19515790144',1,1);
INSERT INTO "member" VALUES('m25b7a1c4edd8','李淑丽','医药卫生界','江川市妇幼保健院副院长','江川市江城区振兴路301号','15777702557',1,1);
INSERT INTO "member" VALUES('m85b67828015b','胡雅凤','九三学社','江川市农业科学院研究员','江川市高新区科创大道182号','13071428957',1,1);
INSERT INTO "member" VALUES('me2c1f938c153','王美梅','农业界','江川市农业科学院研究员','江川市青山区振兴路87号','18065537068',1,1);
INSERT INTO "member" VALUES('md09eecd60fbc','张志鹏','中国共产党','江川华信建设集团有限公司总经理','江川市江城区建设路168号','15067409064',1,1);
INSERT INTO "member" VALUES('mb2378e785d4d','赵健','中国民主建国会','江川农商银行副行长','江川市凤鸣区文化路345号','19539902103',1,1);
INSERT INTO "member" VALUES('me935c2e45429','刘诗颖','妇联','江川市妇联副主席','江川市梅溪县长江路167号','18219069383',1,1);
INSERT INTO "member" VALUES('mc593d2be3f4c','曾宁','科学技术界','江川鼎盛生物医药有限公司总工程师','江川市川东区和平路205号','15176297958',1,1);
INSERT INTO "member" VALUES('m9fb40d2665bb','蒋霞','九三学社','江川市妇幼保健院副院长','江川市凤鸣区科创大道39号','13217445439',1,1);
INSERT INTO "member" VALUES('m28657a32723f','徐海波','工商联','江川启明新材料股份有限公司董事长','江川市梅溪县解放大道132号','18637091281',1,1);
INSERT INTO "member" VALUES('m3eb459d968d0','李文华','中国共产党','江川永盛电子科技有限公司副总经理','江川市梅溪县长江路52号','18897590469',1,1);
INSERT INTO "member" VALUES('m07cf38fa7bfe','徐浩','经济界','江川新源置业有限公司财务总监','江川市川东区迎宾大道385号','15524710481',1,1);
INSERT INTO "member" VALUES('m84ae9490dea2','彭博强','共青团','江川市青年企业家协会会长','江川市临江区朝阳路73号','13067648256',1,1);
INSERT INTO "member" VALUES('m8cf16060ce00','张秀涵','中国共产党','江川医学院附属医院骨科教授','江川市青山区锦绣大道141号','18336781387',1,1);
INSERT INTO "member" VALUES('m83467cf139b3','卢欣颖','九三学社','石桥县教育局副局长','江川市高新区长江路191号','13318697870',1,1);
INSERT INTO "member" VALUES('m0083e973d1fa','谭梦玲','台湾民主自治同盟','江川金桥建设集团有限公司总经理','江川市高新区长江路113号','13589296411',1,1);
INSERT INTO "member" VALUES('m4416973d539b','罗秀瑶','宗教界','江川市伊斯兰教协会副会长','江川市江城区和平路155号','18310070809',1,1);
INSERT INTO "member" VALUES('m249396dda719','李金勇','中国共产党','青山区云台镇社区卫生服务中心主任','江川市青山区朝阳路364号','15539831842',1,1);
INSERT INTO "member" VALUES('m20c82d1aa713','张莉','文化艺术界','江川市书法家协会主席','江川市高新区长江路119号','15841238884',1,1);
INSERT INTO "member" VALUES('mbe1da7725d9c','杨凯','社会科学界','江川市地方志办公室主任','江川市凤鸣区建设路198号','13149206159',1,1);
INSERT INTO "member" VALUES('ma5b1ddf7e06d','张玉敏','无党派人士','江川天成律师事务所律师','江川市青山区长江路276号','15893851160',1,1);
INSERT INTO "member" VALUES('m9975423bd5bc','张明龙','对外友好界','江川市人民政府外事办公室副主任','江川市临江区朝阳路160号','15526914264',1,1);
INSERT INTO "member" VALUES('m994156459096','曹建东','教育界','江城区实验小学副校长','江川市梅溪县科创大道370号','19551335972',1,1);
INSERT INTO "member" VALUES('m6bab6b1a3f98','马淑英','宗教界','江川市道教协会秘书长','江川市梅溪县滨江路99号','13808838202',1,1);
INSERT INTO "member" VALUES('m63a61b1cdfc0','夏嘉凤','九三学社','江川职业技术学院副院长','江川市梅溪县振兴路262号','13192726975',1,1);
INSERT INTO "member" VALUES('meb2e6b5ead83','李鸿明','妇联','江川市妇联副主席','江川市梅溪县建设路153号','15940868442',1,1);
INSERT INTO "member" VALUES('m3270bea8d7b7','谢国伟','农业界','江川市中联种植专业合作社理事长','江川市川东区文化路32号','13325407293',1,1);
INSERT INTO "member" VALUES('m45bee9c0653e','杨欣梅','无党派人士','临江区北门街道社区卫生服务中心主任','江川市石桥县光明路358号','13969115822',1,1);
INSERT INTO "member" VALUES('m25b0f42a44ad','邓鸿强','特邀人士','青山区人大常委会副主任','江川市临江区滨江路179号','13855132297',1,1);
INSERT INTO "member" VALUES('m971be5a57a7c','陈家杰','中国共产党','江川职业技术学院副院长','江川市高新区青年路96号','15894688808',1,1);
INSERT INTO "member" VALUES('mf0e88d1da567','张子龙','九三学社','江川市妇幼保健院副院长','江川市江城区振兴路183号','15787019826',1,1);
INSERT INTO "member" VALUES('m280f62400f23','唐子国','总工会','江川博远实业集团有限公司高级技师','江川市高新区和平路117号','19303427400',1,1);
INSERT INTO "member" VALUES('mc03c9311c2ad','郑诗洁','中国致公党','江川金桥纺织有限公司总工程师','江川市江城区建设路10号','18249112153',1,1);
INSERT INTO "member" VALUES('mfb16e767f5fc','陈学伟','经济界','江川鼎盛科技有限公司副总经理','江川市临江区长江路281号','15029543710',1,1);
INSERT INTO "member" VALUES('m7eabd82dabf0','张淑娟','经济界','江川明德机械制造有限公司财务总监','江川市临江区青年路150号','13520213045',1,1);
INSERT INTO "member" VALUES('m912d006a305e','李蕾','中国共产党','梅溪县人民政府副区长','江川市临江区和平路209号','18828331817',1,1);
INSERT INTO "member" VALUES('mfadb6d1a4f41','陈芳','教育界','江川职业技术学院副院长','江川市高新区学府路185号','15068733054',1,1);
INSERT INTO "member" VALUES('ma9387f33746c','李海琴','教育界','凤鸣区实验幼儿园园长','江川市高新区长江路318号','19882814255',1,1);
INSERT INTO "member" VALUES('m8e7aaecb4247','王慧','新闻出版界','江川日报社副总编辑','江川市川东区解放大道257号','13775634359',1,1);
INSERT INTO "member" VALUES('mab125623a2bb','刘敏','中国农工民主党','江川市疾病预防控制中心主任医师','江川市江城区锦绣大道106号','18869682793',1,1);
INSERT INTO "member" VALUES('m2d3df892743c','张宁','中国民主促进会','江川市书法家协会主席','江川市高新区科创大道32号','15918200235',1,1);
INSERT INTO "member" VALUES('m9621e64520a9','王俊平','医药卫生界','江川市第一人民医院神经内科主任','江川市凤鸣区和平路321号','15227931556',1,1);
INSERT INTO "member" VALUES('m35eac055a26f','陈斌','中国共产党','江川同创新材料股份有限公司财务总监','江川市梅溪县学府路8号','13254910781',1,1);
INSERT INTO "member" VALUES('m9eff92b2129b','马天国','总工会','江川宏达科技有限公司工会主席','江川市凤鸣区人民路82号','19552453934',1,1);
INSERT INTO "member" VALUES('me00fe0850644','曾雨萱','工商联','江川金桥机械制造有限公司总经理','江川市青山区和平路326号','13870998729',1,1);
INSERT INTO "member" VALUES('md445b4e69dd5','张若萍','医药卫生界','江城区人民医院院长','江川市青山区科创大道49号','19151825668',1,1);
INSERT INTO "member" VALUES('m9ec4650a6dbd','刘颖','农业界','江川市农业科学院研究员','江川市川东区青年路126号','13372241315',1,1);
INSERT INTO "member" VALUES('m931b27399715','段文华','教育界','江川大学生命科学学院教授','江川市凤鸣区文化路55号','15792980328',1,1);
INSERT INTO "member" VALUES('m00430e9a7159','林健','经济界','江川永盛科技有限公司党委书记','江川市高新区人民路83号','15241288229',1,1);
INSERT INTO "member" VALUES('mccbb0eed87fe','王楠','中国共产党','江川农商银行副行长','江川市凤鸣区迎宾大道208号','19917249396',1,1);
INSERT INTO "member" VALUES('m445adb9d8d35','赵欣萱','无党派人士','临江区城南街道社区卫生服务中心主任','江川市江城区长江路386号','19831079960',1,1);
INSERT INTO "member" VALUES('m0e5ad785bb54','廖伟涛','文化艺术界','江川市文化馆馆长','江川市石桥县光明路207号','13206339224',1,1);
INSERT INTO "member" VALUES('m43611dfe5a3c','宋晓丽','社会福利和社会保障界','江川市启明公益服务中心主任','江川市高新区锦绣大道258号','15740443124',1,1);
INSERT INTO "member" VALUES('mdc59cd293986','李淑琳','九三学社','梅溪县桃源镇社区卫生服务中心主任','江川市石桥县长江路344号','18611396468',1,1);
INSERT INTO "member" VALUES('m87caed81d821','吴雅霞','无党派人士','江川大学机械工程学院研究员','江川市青山区文化路168号','19822465760',1,1);
INSERT INTO "member" VALUES('m3c72adda763e','袁德杰','社会科学界','中共江川市委党校教授','江川市高新区青年路48号','18030365822',1,1);
INSERT INTO "member" VALUES('m1368e7097a24','杨美婷','体育界','江川市全民健身中心主任','江川市梅溪县滨江路236号','13026295426',1,1);
INSERT INTO "member" VALUES('mcd52d5827bb2','田海兰','医药卫生界','江川市第一人民医院呼吸科主任','江川市石桥县迎宾大道263号','19309270018',1,1);
INSERT INTO "member" VALUES('m15817c21b6dd','李春龙','无党派人士','江川大学生命科学学院教授','江川市梅溪县建设路217号','19133594089',1,1);
INSERT INTO "member" VALUES('ma0b4f52f4144','王立林','医药卫生界','临江区桃源镇社区卫生服务中心主任','江川市川东区和平路124号','18765734047',1,1);
INSERT INTO "member" VALUES('m7e62f71dd4c7','孙天国','社会科学界','江川市社会科学院研究员','江川市高新区朝阳路306号','13830372196',1,1);
INSERT INTO "member" VALUES('mf616bb0b0597','杨美英','医药卫生界','高新区望江街道社区卫生服务中心主任','江川市青山区滨江路58号','13854756549',1,1);
INSERT INTO "member" VALUES('ma87d19284cf5','王立豪','中国民主同盟','江川市歌舞剧院副院长','江川市高新区解放大道302号','13264476716',1,1);
INSERT INTO "member" VALUES('m77fe7dd70ccc','刘俊波','九三学社','江川众鑫物流有限公司总工程师','江川市梅溪县解放大道258号','19593965498',1,1);
INSERT INTO "member" VALUES('m51a4dc3f4bfb','李俊涛','文化艺术界','江川市歌舞剧院副院长','江川市青山区长江路226号','18671355953',1,1);
INSERT INTO "member" VALUES('m2499ab4e972b','闫东','教育界','江川大学文学院副院长','江川市高新区迎宾大道273号','13827597603',1,1);
INSERT INTO "member" VALUES('m62fbd52e75e1','赵淑娟','工商联','江川恒通物流有限公司董事长','江川市高新区人民路193号','15903616656',1,1);
INSERT INTO "member" VALUES('mfb504901b74c','黄春平','中国共产党','江川医学院附属医院急诊科教授','江川市石桥县新华路301号','15765150395',1,1);
INSERT INTO "member" VALUES('m9daf3d8b0950','孙永峰','少数民族界','江川市民族中学校长','江川市川东区振兴路1号','13714914946',1,1);
INSERT INTO "member" VALUES('m574457198420','王春勇','少数民族界','江川润泽食品股份有限公司总经理','江川市梅溪县文化路271号','13505384283',1,1);
INSERT INTO "member" VALUES('m7fa3d4752587','马婷瑶','共青团','团市委副书记','江川市高新区锦绣大道326号','15981348868',1,1);
INSERT INTO "member" VALUES('mfcb293499420','郭晨涵','科学技术界','江川宏达建设集团有限公司总工程师','江川市临江区文化路261号','15579011907',1,1);
INSERT INTO "member" VALUES('m8dc121f52669','肖旭','经济界','江川天成纺织有限公司财务总监','江川市梅溪县朝阳路370号','13036048571',1,1);
INSERT INTO "member" VALUES('m490d5b2326e4','王立东','中国共产党','石桥县政协主席','江川市青山区学府路233号','15872246825',1,1);
INSERT INTO "member" VALUES('m99212c363567','李佳红','中国民主促进会','江川市美术家协会副主席','江川市梅溪县解放大道258号','15245192836',1,1);
INSERT INTO "member" VALUES('m1a473ea42648','王德国','中国国民党革命委员会','高新区教育局副局长','江川市高新区滨江路131号','13590826580',1,1);
INSERT INTO "member" VALUES('m92e66ea41408','刘晓伟','科学技术界','江川大学文学院教授','江川市凤鸣区朝阳路40号','13796550572',1,1);
INSERT INTO "member" VALUES('mb49a601732e5','刘世伟','体育界','江川市全民健身中心主任','江川市临江区振兴路158号','13391099092',1,1);
INSERT INTO "member" VALUES('m01506012bfb8','苏嘉颖','宗教界','江川市基督教两会主席','江川市石桥县新华路64号','13885019766',1,1);
INSERT INTO "member" VALUES('m9584892a6031','于天杰','中国国民党革命委员会','江川汇川电子科技有限公司董事长','江川市青山区光明路310号','18056815784',1,1);
INSERT INTO "member" VALUES('m24447c975d67','黄海敏','总工会','江川市总工会副主席','江川市江城区和平路371号','19904350037',1,1);
INSERT INTO "member" VALUES('m4702b33c067f','石海平','医药卫生界','江川医学院附属医院神经内科教授','江川市临江区人民路168号','18676226902',1,1);
INSERT INTO "member" VALUES('m6a87ff84f9fa','王健','中国民主促进会','江川职业技术学院副院长','江川市青山区青年路241号','13627045631',1,1);
INSERT INTO "member" VALUES('mc78e3b2cf40b','赵永生','中国共产党','江川市人民政府参事','江川市江城区人民路26号','13187551327',1,1);
INSERT INTO "member" VALUES('m58f6b29848ae','张德龙','中国民主同盟','江川市第三中学副校长','江川市石桥县学府路133号','15599826206',1,1);
INSERT INTO "member" VALUES('mf6ffefe962ca','谢春梅','教育界','江城区实验小学副校长','江川市凤鸣区长江路219号','15933829596',1,1);
INSERT INTO "member" VALUES('m742123d5fbb5','杨晓娟','总工会','江川瑞丰机械制造有限公司工会主席','江川市江城区迎宾大道289号','15106963126',1,1);
INSERT INTO "member" VALUES('m6edac12f275a','李婷红','中国民主促进会','江川外国语学校教师','江川市江城区锦绣大道162号','13956543230',1,1);
INSERT INTO "member" VALUES('m3a42433caa66','陈刚','中国国民党革命委员会','凤鸣区教育局副局长','江川市凤鸣区人民路211号','19196399642',1,1);
INSERT INTO "member" VALUES('m960467e970c8','邹德涛','中国民主促进会','江川出版社编审','江川市川东区新华路18号','18819964454',1,1);
INSERT INTO "member" VALUES('m5144964eaae5','张雨燕','中国农工民主党','江川市第一人民医院神经内科主任','江川市川东区光明路110号','18154103911',1,1);
INSERT INTO "member" VALUES('m0e47d07b982c','夏明刚','科学技术界','江川市科学技术信息研究所所长','江川市梅溪县朝阳路351号','19549234640',1,1);
INSERT INTO "member" VALUES('m03caae602b9c','吴志华','医药卫生界','江川医学院附属医院呼吸科教授','江川市凤鸣区学府路255号','13693374984',1,1);
INSERT INTO "member" VALUES('mc7af42928a93','张美萍','工商联','江川远航食品股份有限公司党委书记','江川市高新区新华路265号','19885885130',1,1);
INSERT INTO "member" VALUES('mcc90966b267a','贺艳','医药卫生界','川东区人民医院院长','江川市凤鸣区光明路352号','15998887442',1,1);
INSERT INTO "member" VALUES('mdfecdcafd040','张丽瑶','工商联','江川远航科技有限公司党委书记','江川市青山区锦绣大道295号','13660858576',1,1);
INSERT INTO "member" VALUES('m7e70df681963','吴刚','中国农工民主党','江川医学院附属医院呼吸科教授','江川市江城区科创大道80号','19142915143',1,1);
INSERT INTO "member" VALUES('mc686eb941f5b','张佳婷','科学技术界','江川大学化学化工学院教授','江川市临江区人民路363号','15266097268',1,1);
INSERT INTO "member" VALUES('m19d4252a25d2','刘娜','中国民主同盟','江川市第二中学校长','江川市凤鸣区学府路192号','15881409310',1,1);
INSERT INTO "member" VALUES('mc3699a66ce74','朱明生','少数民族界','江川启明新材料股份有限公司总经理','江川市梅溪县和平路300号','18133414407',1,1);
INSERT INTO "member" VALUES('m9407d04c0bcf','唐淑华','经济界','江川佳禾纺织有限公司副总经理','江川市梅溪县学府路377号','15816864793',1,1);
INSERT INTO "member" VALUES('m0ab83fe88856','黄欣','无党派人士','江川大学法学院教授','江川市青山区朝阳路323号','15150636540',1,1);
INSERT INTO "member" VALUES('m1aea68ac07e9','黄美洁','中国民主同盟','江川大学马克思主义学院教授','江川市梅溪县朝阳路93号','13114563607',1,1);
INSERT INTO "member" VALUES('ma22f66a1d670','朱志军','经济界','江川鼎盛新材料股份有限公司总经理','江川市临江区长江路23号','18914730779',1,1);
INSERT INTO "member" VALUES('m1d0754c1d7f2','戴美涵','中国致公党','江川博远进出口有限公司总经理','江川市石桥县解放大道369号','15749897941',1,1);
INSERT INTO "member" VALUES('mb9bf02383c19','杨雨洁','文化艺术界','江川市博物馆副馆长','江川市凤鸣区长江路373号','18379408637',1,1);
INSERT INTO "member" VALUES('m445b47e71a50','李振鹏','中国共产党','江川宏达建设集团有限公司总经理','江川市梅溪县青年路67号','18148775336',1,1);
INSERT INTO "member" VALUES('m1d41dfd374b7','余秀琳','医药卫生界','江川市疾病预防控制中心主任医师','江川市凤鸣区朝阳路159号','18660160749',1,1);
INSERT INTO "member" VALUES('m5a45b679b5b4','周春婷','经济界','江川瑞丰食品股份有限公司党委书记','江川市石桥县光明路142号','18159425434',1,1);
INSERT INTO "member" VALUES('m00a7ec69dca1','邓玉怡','中国民主同盟','江川市美术家协会副主席','江川市高新区学府路348号','13786782944',1,1);
INSERT INTO "member" VALUES('m43757e53780d','何若涵','中国共产党','临江区人民政府副区长','江川市江城区学府路33号','13126471511',1,1);
INSERT INTO "member" VALUES('m0a6207071669','张嘉斌','少数民族界','江川恒通建设集团有限公司总经理','江川市高新区建设路214号','19926805863',1,1);
INSERT INTO "member" VALUES('m9e6ff6e084ef','熊晓伟','医药卫生界','江川医学院附属医院心内科教授','江川市江城区青年路94号','19116520048',1,1);
INSERT INTO "member" VALUES('m3efb9b9f53e4','秦晨霞','体育界','江川市游泳队教练','江川市川东区解放大道92号','15541003380',1,1);
INSERT INTO "member" VALUES('m7be9de01e139','周琳','农业界','临江区城南街道众鑫村党支部书记','江川市临江区迎宾大道296号','19561497171',1,1);
INSERT INTO "member" VALUES('mf8b8b94f5285','张浩林','中国致公党','江川农商银行副行长','江川市高新区青年路310号','15959250835',1,1);
INSERT INTO "member" VALUES('m658e1e7f85fd','江世刚','中国共产党','江川市人民政府参事','江川市江城区迎宾大道77号','18955730174',1,1);
INSERT INTO "member" VALUES('m722e85ba9e12','袁宏波','科学技术界','江川市科学技术信息研究所所长','江川市石桥县解放大道191号','15151109680',1,1);
INSERT INTO "member" VALUES('m2af726828a59','王诗婷','中国共产党','江川嘉和机械制造有限公司党委书记','江川市凤鸣区文化路339号','13062874571',1,1);
INSERT INTO "member" VALUES('mdce43ad79490','刘俊鹏','文化艺术界','江川市美术家协会副主席','江川市石桥县朝阳路37号','15514555194',1,1);
INSERT INTO "member" VALUES('m52b4dda7d5b4','江艳','农业界','梅溪县西关街道同创村党支部书记','江川市凤鸣区锦绣大道177号','15956700411',1,1);
INSERT INTO "member" VALUES('m9a47d4fd5a97','林若英','科学技术界','江川市科学技术信息研究所所长','江川市石桥县朝阳路177号','18062806644',1,1);
INSERT INTO "member" VALUES('m0ea6b1703d6b','李莉','教育界','梅溪县教育局副局长','江川市川东区振兴路94号','19856739264',1,1);
INSERT INTO "member" VALUES('m206b9c0ce8a2','李军','中国国民党革命委员会','江川润泽生物医药有限公司副总经理','江川市石桥县解放大道273号','19923295541',1,1);
INSERT INTO "member" VALUES('m5e3a98954c92','苏洋','体育界','江川市游泳队教练','江川市临江区光明路69号','18083691203',1,1);
INSERT INTO "member" VALUES('m7b20b0f0f761','吴振斌','中国民主同盟','江川市科学技术信息研究所所长','江川市青山区人民路239号','19319251602',1,1);
INSERT INTO "member" VALUES('m09343c2e6467','李强','文化艺术界','江川市书法家协会主席','江川市江城区长江路332号','15108763788',1,1);
INSERT INTO "member" VALUES('m4ef121448301','陈永华','中国民主建国会','江川启明实业集团有限公司党委书记','江川市石桥县锦绣大道146号','13786505156',1,1);
INSERT INTO "member" VALUES('m4be406911618','邹静芳','经济界','江川同创新材料股份有限公司党委书记','江川市江城区科创大道314号','15209393539',1,1);
INSERT INTO "member" VALUES('m60aa3dd35596','刘玉凤','经济界','江川宏达纺织有限公司副总经理','江川市临江区新华路358号','18813751338',1,1);
INSERT INTO "member" VALUES('mcf7897afe4db','蒋梦涵','经济界','江川博远生物医药有限公司总经理','江川市青山区学府路38号','18706946039',1,1);
INSERT INTO "member" VALUES('m8c8a2f461aa4','周诗华','特邀人士','凤鸣区政协主席','江川市梅溪县振兴路191号','13944793798',1,1);
INSERT INTO "member" VALUES('m8fcea7124401','吴金成','医药卫生界','江川市疾病预防控制中心主任医师','江川市临江区迎宾大道94号','15843933412',1,1);
INSERT INTO "member" VALUES('md65a6c65babc','刘宏强','经济界','江川农商银行副行长','江川市青山区振兴路26号','19976292085',1,1);
INSERT INTO "member" VALUES('me80d7b5bfb25','刘志成','总工会','江川市总工会副主席','江川市高新区文化路64号','13931737219',1,1);
INSERT INTO "member" VALUES('m0c3bfa9ccc25','贺文豪','经济界','江川新源建设集团有限公司党委书记','江川市江城区人民路60号','13867324392',1,1);
INSERT INTO "member" VALUES('ma852df816f40','王翠玲','中国民主同盟','江川市农业科学院研究员','江川市川东区长江路315号','13055483772',1,1);
INSERT INTO "member" VALUES('ma388dab81492','陈晓涵','无党派人士','江川华信律师事务所律师','江川市凤鸣区振兴路216号','15915897253',1,1);
INSERT INTO "member" VALUES('m5eb7059cb77c','吴博成','中国民主同盟','江川大学法学院副院长','江川市临江区学府路86号','13297287888',1,1);
INSERT INTO "member" VALUES('m7f3d279c7472','张若琳','医药卫生界','江川市第一人民医院心内科主任','江川市临江区光明路33号','13044233585',1,1);
INSERT INTO "member" VALUES('m5ccb8ea4592f','徐嘉琳','农业界','江川市农业科学院研究员','江川市石桥县锦绣大道148号','15253155994',1,1);
INSERT INTO "member" VALUES('m064256c3cb43','刘雅梅','中国民主同盟','川东区教育局副局长','江川市石桥县和平路354号','19396611426',1,1);
INSERT INTO "member" VALUES('mdec698462d1b','孙斌','中国国民党革命委员会','江川市第三中学校长','江川市江城区学府路349号','18843727672',1,1);
INSERT INTO "member" VALUES('m8bb76585880f','梁颖','教育界','江川职业技术学院副院长','江川市凤鸣区建设路351号','13630978322',1,1);
INSERT INTO "member" VALUES('mcc9cca75aaa6','闫欣颖','中国农工民主党','江川市疾病预防控制中心主任医师','江川市梅溪县解放大道396号','18262526169',1,1);
INSERT INTO "member" VALUES('mfdaaa3532658','邓晶','中国民主建国会','江川天成建设集团有限公司党委书记','江川市青山区光明路248号','18281849908',1,1);
INSERT INTO "member" VALUES('mb69c6e7c7cdf','吴国杰','中国民主促进会','江川市博物馆副馆长','江川市凤鸣区科创大道397号','19508921391',1,1);
INSERT INTO "member" VALUES('m764a5ae949ab','杨丽燕','中国致公党','江川市人民政府外事办公室副主任','江川市临江区建设路91号','18099531451',1,1);
INSERT INTO "member" VALUES('ma392696a08f7','于德宇','总工会','江川市总工会副主席','江川市青山区长江路215号','13275671809',1,1);
INSERT INTO "member" VALUES('m392c4e2f8262','张振生','中国共产党','江川大学经济管理学院副院长','江川市青山区和平路15号','15227661361',1,1);
INSERT INTO "member" VALUES('mb44a67abe629','程秀丽','文化艺术界','江川市文化馆馆长','江川市江城区解放大道29号','19337633551',1,1);
INSERT INTO "member" VALUES('m2aaee0f6e96e','陈美红','中国民主同盟','江川市文化馆馆长','江川市临江区锦绣大道270号','15864313238',1,1);
INSERT INTO "member" VALUES('m7b38b034851b','林宁','工商联','江川宏达物流有限公司副总经理','江川市石桥县解放大道115号','15731028337',1,1);
INSERT INTO "member" VALUES('ma33ce6e3ca56','李鹏','中国国民党革命委员会','临江区教育局副局长','江川市江城区建设路154号','13263326577',1,1);
INSERT INTO "member" VALUES('m1793ed7909d6','王丽','医药卫生界','江川市第一人民医院急诊科主任','江川市临江区光明路186号','19973973887',1,1);
INSERT INTO "member" VALUES('m17c91fba8a18','张建华','无党派人士','石桥县人民医院院长','江川市青山区科创大道247号','18246324686',1,1);
INSERT INTO "member" VALUES('mb93cf0a78085','吴文萍','农业界','江川市农业科学院研究员','江川市川东区科创大道295号','15563974728',1,1);
INSERT INTO "member" VALUES('m7cc15cba97a9','董子辉','文化艺术界','江川市美术家协会副主席','江川市高新区学府路217号','19131365911',1,1);
INSERT INTO "member" VALUES('m98da57c80894','林宇','无党派人士','江川市公证处主任','江川市青山区文化路280号','18105119427',1,1);
INSERT INTO "member" VALUES('mfd4a5ce16804','张刚','社会福利和社会保障界','江川市中联养老服务中心负责人','江川市高新区迎宾大道142号','19815642706',1,1);
INSERT INTO "member" VALUES('m25f0973ed448','刘艳','工商联','江川鼎盛置业有限公司董事长','江川市高新区振兴路86号','13567179577',1,1);
INSERT INTO "member" VALUES('m1c0fe64fe193','孙芳','科协','江川大学生命科学学院研究员','江川市高新区光明路311号','15939597519',1,1);
INSERT INTO "member" VALUES('m08d1cc21c784','曹雅萱','中国民主促进会','江川市博物馆副馆长','江川市凤鸣区朝阳路98号','13207294274',1,1);
INSERT INTO "member" VALUES('ma00e91d307d9','张翠红','工商联','江川农商银行副行长','江川市江城区迎宾大道276号','13528620980',1,1);
INSERT INTO "member" VALUES('mae4135db6304','秦玉红','共青团','团市委副书记','江川市凤鸣区新华路342号','15912861177',1,1);
INSERT INTO "member" VALUES('me3f234e32d56','贺国龙','文化艺术界','江川市书法家协会主席','江川市青山区建设路215号','15851841964',1,1);
INSERT INTO "member" VALUES('mab8e8c046e63','吕晓英','经济界','江川明德实业集团有限公司财务总监','江川市凤鸣区科创大道256号','19504211960',1,1);
INSERT INTO "member" VALUES('ma83b28999d0f','刘春勇','工商联','江川鼎盛机械制造有限公司董事长','江川市石桥县青年路135号','18856417652',1,1);
INSERT INTO "member" VALUES('mb97adf06aa4d','刘立伟','教育界','凤鸣区实验幼儿园园长','江川市石桥县人民路281号','13158527053',1,1);
INSERT INTO "member" VALUES('mc6cd5566ec10','胡嘉宇','中国民主同盟','江川市实验中学教师','江川市高新区科创大道289号','19843845021',1,1);
INSERT INTO "member" VALUES('mf984959e42ce','王博明','无党派人士','江川市公证处主任','江川市临江区和平路264号','13075500013',1,1);
INSERT INTO "member" VALUES('m687719f46d75','李雨萍','中国共产党','江川天成物流有限公司总经理','江川市梅溪县解放大道35号','13285430577',1,1);
INSERT INTO "member" VALUES('m7c7eb54fe543','郝永豪','体育界','江川市游泳队教练','江川市石桥县文化路7号','13682720251',1,1);
INSERT INTO "member" VALUES('m4a5908dcd6ba','刘博轩','台联','江川市台联副会长','江川市高新区青年路395号','13659460665',1,1);
INSERT INTO "member" VALUES('m8f59a76c6a27','陈翠洁','教育界','江川市实验中学校长','江川市江城区长江路219号','15273692659',1,1);
INSERT INTO "member" VALUES('m961540e0adfd','张颖','科协','江川市农业科学院研究员','江川市临江区迎宾大道332号','15598470271',1,1);
INSERT INTO "member" VALUES('maf2715389394','杜慧琴','文化艺术界','江川市书法家协会主席','江川市梅溪县青年路203号','15702279419',1,1);
INSERT INTO "member" VALUES('m08eafc0e1415','田宇斌','中国共产党','梅溪县实验幼儿园园长','江川市川东区光明路26号','15013977974',1,1);
INSERT INTO "member" VALUES('m072b3f9c0974','蔡立鹏','九三学社','江川大学法学院教授','江川市川东区朝阳路312号','13546002166',1,1);
INSERT INTO "member" VALUES('mc9965b7b4233','张俊斌','少数民族界','江川市民族中学校长','江川市梅溪县滨江路353号','19386958971',1,1);
INSERT INTO "member" VALUES('m4b87852c07cb','陈平','社会科学界','中共江川市委党校教授','江川市凤鸣区迎宾大道73号','18867784482',1,1);
INSERT INTO "member" VALUES('mb3d54afa7e1c','张文梅','经济界','江川农商银行副行长','江川市凤鸣区解放大道92号','15743780308',1,1);
INSERT INTO "member" VALUES('m88cb15944292','张博强','经济界','江川恒通电子科技有限公司财务总监','江川市石桥县朝阳路306号','18129635551',1,1);
INSERT INTO "member" VALUES('mefcd8478ae83','张学勇','对外友好界','江川市人民政府外事办公室副主任','江川市梅溪县科创大道141号','13153043260',1,1);
INSERT INTO "member" VALUES('m6a1eb99a2d5a','陈鑫','教育界','江川职业技术学院副院长','江川市青山区锦绣大道372号','18028934441',1,1);
INSERT INTO "member" VALUES('m15b32a057136','宋晨琴','中国民主同盟','川东区教育局副局长','江川市江城区新华路149号','15521844040',1,1);
INSERT INTO "member" VALUES('m43f845972467','朱国轩','教育界','临江区中心小学校长','江川市江城区学府路89号','19802595111',1,1);
INSERT INTO "member" VALUES('m61ccfbce8f67','杜晓宇','少数民族界','江川恒通生物医药有限公司总经理','江川市临江区科创大道233号','15832684241',1,1);
INSERT INTO "member" VALUES('m33005558b765','钟伟宇','新闻出版界','江川日报社副总编辑','江川市凤鸣区振兴路117号','13136494555',1,1);
INSERT INTO "member" VALUES('mc9dcc055f8e4','邵雅梅','中国共产党','江川农商银行副行长','江川市高新区长江路259号','19527391490',1,1);
INSERT INTO "member" VALUES('mbb23aec7b4bd','郑博辉','中国共产党','江城区实验小学教师','江川市江城区科创大道328号','13642248679',1,1);
INSERT INTO "member" VALUES('m74d0b5cb40a5','李海红','中国共产党','临江区实验幼儿园园长','江川市川东区人民路113号','19341254869',1,1);
INSERT INTO "member" VALUES('m0b45fa307888','吴美萱','中国共产党','江川市妇幼保健院副院长','江川市高新区青年路231号','15264346258',1,1);
INSERT INTO "member" VALUES('ma3ecb6ff68a1','王天明','教育界','江川大学生命科学学院副院长','江川市青山区锦绣大道389号','19380568737',1,1);
INSERT INTO "member" VALUES('mbc6d896ce4d0','高翠玲','农业界','江川市众鑫种植专业合作社理事长','江川市川东区和平路116号','19390206583',1,1);
INSERT INTO "member" VALUES('md87977449acf','任文红','社会科学界','江川市社会科学院研究员','江川市石桥县光明路163号','18611045397',1,1);
INSERT INTO "member" VALUES('md2ba8d52413e','刘鑫','共青团','江川市青年企业家协会会长','江川市高新区滨江路284号','19812685028',1,1);
INSERT INTO "member" VALUES('m1e68902d2d03','周海萍','九三学社','青山区江滨街道社区卫生服务中心主任','江川市川东区科创大道328号','15831589805',1,1);
INSERT INTO "member" VALUES('ma434e0b9001a','周睿','中国民主同盟','江川市文化馆馆长','江川市临江区滨江路284号','13642766990',1,1);
INSERT INTO "member" VALUES('m3222685f54ef','李立轩','教育界','江川大学计算机学院教授','江川市临江区建设路133号','13925229497',1,1);
INSERT INTO "member" VALUES('m3452b06c611d','李雅颖','共青团','江川宏达生物医药有限公司青年创业者','江川市梅溪县人民路268号','18975252645',1,1);
INSERT INTO "member" VALUES('m8f42e673f5ad','陈琳','中国民主同盟','石桥县实验幼儿园园长','江川市高新区锦绣大道227号','13281442098',1,1);
INSERT INTO "member" VALUES('m17507b97a9b7','周天鹏','中国共产党','江川天成纺织有限公司董事长','江川市川东区解放大道31号','19306599613',1,1);
INSERT INTO "member" VALUES('meab24f0566d3','高博','台湾民主自治同盟','江川农商银行副行长','江川市梅溪县新华路21号','13509489606',1,1);
INSERT INTO "member" VALUES('mbdc901b925ff','李婷婷','中国农工民主党','江川市妇幼保健院副院长','江川市高新区光明路27号','18316080546',1,1);
INSERT INTO "member" VALUES('m44fa473c03dc','王静婷','总工会','江川瑞丰纺织有限公司工会主席','江川市川东区青年路228号','13603505465',1,1);
INSERT INTO "member" VALUES('me6adada566c3','李美怡','特邀人士','梅溪县人大常委会副主任','江川市青山区和平路59号','19331354653',1,1);
INSERT INTO "member" VALUES('m23de20e517ae','李晓豪','教育界','江川大学文学院教授','江川市凤鸣区建设路215号','19930549646',1,1);
INSERT INTO "member" VALUES('m0d96d37f2028','冯俊峰','医药卫生界','江川市第一人民医院心内科主任','江川市川东区新华路58号','19592416548',1,1);
INSERT INTO "member" VALUES('m59c7879b2a5a','曹文波','少数民族界','临江区民族宗教事务局副局长','江川市石桥县人民路392号','15579575973',1,1);
INSERT INTO "member" VALUES('mf2aea6c4a04c','李欣','无党派人士','江川大学法学院教授','江川市梅溪县和平路28号','13768426488',1,1);
INSERT INTO "member" VALUES('mc81ed4fe1051','刘洋','中国致公党','江川博远物流有限公司财务总监','江川市青山区朝阳路101号','15852454329',1,1);
INSERT INTO "member" VALUES('md13eed1d6508','李梦华','宗教界','江川市伊斯兰教协会副会长','江川市江城区建设路264号','13370692903',1,1);
INSERT INTO "member" VALUES('mbdf8dd5aec0b','陈梦敏','中国共产党','江川市疾病预防控制中心主任医师','江川市青山区滨江路183号','13370946537',1,1);
INSERT INTO "member" VALUES('mfa20cc6e1f32','林思丽','中国国民党革命委员会','江川大学法学院教授','江川市川东区建设路349号','13683924789',1,1);
INSERT INTO "member" VALUES('me7de1833ec12','吴春兰','少数民族界','梅溪县民族宗教事务局副局长','江川市凤鸣区振兴路148号','13645169763',1,1);
INSERT INTO "member" VALUES('meaff485ccc4a','王永军','经济界','江川新源电子科技有限公司总经理','江川市川东区人民路238号','18353211296',1,1);
INSERT INTO "member" VALUES('md7168a01577f','赵思兰','农业界','凤鸣区桃源镇金桥村党支部书记','江川市临江区学府路348号','15165028002',1,1);
INSERT INTO "member" VALUES('m050f1a1d7d7c','朱慧梅','教育界','江川大学法学院教授','江川市江城区建设路362号','13522150635',1,1);
INSERT INTO "member" VALUES('mf7d5b51a1fc1','李浩杰','农业界','江川市瑞丰种植专业合作社理事长','江川市临江区长江路208号','18070625143',1,1);
INSERT INTO "member" VALUES('mf66c4eaf4b17','谢旭','总工会','江川启明建设集团有限公司高级技师','江川市青山区长江路158号','13564695932',1,1);
INSERT INTO "member" VALUES('mf45f08d3f2fb','刘晓军','中国国民党革命委员会','江川市第二中学副校长','江川市凤鸣区朝阳路15号','15932976144',1,1);
INSERT INTO "member" VALUES('mfda832cd57f1','王鑫','中国共产党','江川启明置业有限公司党委书记','江川市川东区长江路297号','15560790054',1,1);
INSERT INTO "member" VALUES('m55839daa7162','李丽','中国致公党','江川同创新材料股份有限公司财务总监','江川市江城区人民路370号','19868475503',1,1);
INSERT INTO "member" VALUES('m4325e1b1474b','朱淑玲','科学技术界','江川明德物流有限公司总工程师','江川市凤鸣区锦绣大道261号','13068008820',1,1);
INSERT INTO "member" VALUES('ma90b0feab492','马国涛','医药卫生界','江川市第一人民医院神经内科主任','江川市石桥县解放大道330号','13802338654',1,1);
INSERT INTO "member" VALUES('md7321c21c5ea','林志辉','中国致公党','江川同创纺织有限公司副总经理','江川市高新区人民路365号','13046517420',1,1);
INSERT INTO "member" VALUES('m9722a8dfa892','赵玉兰','中国民主建国会','江川中联纺织有限公司董事长','江川市青山区光明路161号','19972625661',1,1);
INSERT INTO "member" VALUES('m2d1ef7ab5535','彭紫琳','中国民主建国会','江川宏达环保科技有限公司总经理','江川市梅溪县青年路181号','19887750829',1,1);
INSERT INTO "member" VALUES('m0a0ffe0769e4','朱学华','九三学社','江川市妇幼保健院副院长','江川市高新区解放大道394号','18333673733',1,1);
INSERT INTO "member" VALUES('m033adaa818be','刘琳','无党派人士','江川市公证处主任','江川市凤鸣区锦绣大道340号','19108124908',1,1);
INSERT INTO "member" VALUES('m5451d0d4a5ad','陈家勇','中国农工民主党','江川医学院附属医院康复科教授','江川市青山区振兴路382号','15061257809',1,1);
INSERT INTO "member" VALUES('mf2e44498be41','孙伟华','妇联','江川市妇联副主席','江川市青山区解放大道116号','15741798633',1,1);
INSERT INTO "member" VALUES('m994ba1cfb358','徐欣','经济界','江川启明新材料股份有限公司总经理','江川市川东区人民路182号','15970129197',1,1);
INSERT INTO "member" VALUES('m29b0a414d3d9','周紫娟','经济界','江川农商银行副行长','江川市石桥县青年路332号','13819326838',1,1);
INSERT INTO "member" VALUES('m712899d64804','赵晓琴','医药卫生界','江川医学院附属医院急诊科教授','江川市川东区长江路365号','13705016887',1,1);
INSERT INTO "member" VALUES('mf787b667096c','曹宏豪','特邀人士','临江区人大常委会副主任','江川市高新区滨江路236号','18881502357',1,1);
INSERT INTO "member" VALUES('m0bb30695f1ea','邹凯','经济界','江川远航实业集团有限公司总经理','江川市梅溪县迎宾大道361号','19586986301',1,1);
INSERT INTO "member" VALUES('mb5c427a36aa7','李俊东','中国民主促进会','江川日报社副总编辑','江川市江城区解放大道103号','13726905004',1,1);
INSERT INTO "member" VALUES('m022f87593d9a','吴浩明','中国民主促进会','江川市图书馆馆长','江川市凤鸣区滨江路156号','13223257369',1,1);
INSERT INTO "member" VALUES('m338b92802015','黄琳','中国民主促进会','江川日报社副总编辑','江川市江城区新华路329号','13758544861',1,1);
INSERT INTO "member" VALUES('m0bd9fbd5788f','王晶','经济界','江川明德环保科技有限公司财务总监','江川市江城区文化路4号','13794174934',1,1);
INSERT INTO "member" VALUES('m526d6915ced9','王秀兰','文化艺术界','江川市文化馆馆长','江川市江城区滨江路93号','18861371104',1,1);
INSERT INTO "member" VALUES('meb2199440866','刘海丽','无党派人士','江川医学院附属医院骨科教授','江川市青山区振兴路75号','15969347437',1,1);
INSERT INTO "member" VALUES('m45d0f24146fc','冯若敏','台湾民主自治同盟','江川恒通物流有限公司总经理','江川市凤鸣区光明路256号','19569651849',1,1);
INSERT INTO "member" VALUES('m39f70330e6d1','王文勇','中国民主建国会','江川同创物流有限公司副总经理','江川市川东区和平路58号','19148705928',1,1);
INSERT INTO "member" VALUES('mbf62863e61d4','李浩','少数民族界','江川市民族中学校长','江川市江城区锦绣大道228号','19967940585',1,1);
INSERT INTO "member" VALUES('mec07af062e10','吴嘉强','科学技术界','江川金桥电子科技有限公司总工程师','江川市石桥县人民路286号','13957514375',1,1);
INSERT INTO "member" VALUES('mf4506b4658c0','王浩明','无党派人士','江川市科学技术信息研究所所长','江川市江城区和平路47号','19977883910',1,1);
INSERT INTO "member" VALUES('m283f73d774ba','陈振勇','对外友好界','江川市人民政府外事办公室副主任','江川市江城区滨江路328号','15052527559',1,1);
INSERT INTO "member" VALUES('ma6c3bca28fa7','罗佳涵','社会福利和社会保障界','梅溪县云台镇社区党委书记','江川市江城区学府路68号','15856710290',1,1);
INSERT INTO "member" VALUES('m0de29e24b94c','刘雨萱','社会科学界','江川大学经济管理学院教授','江川市梅溪县科创大道194号','13693878996',1,1);
INSERT INTO "member" VALUES('mf75fbb582056','谢文婷','中国民主同盟','江川大学经济管理学院教授','江川市川东区学府路289号','15147446695',1,1);
INSERT INTO "member" VALUES('m197d074931eb','谢慧琳','中国共产党','江川大学机械工程学院教授','江川市川东区锦绣大道337号','13838971480',1,1);
INSERT INTO "member" VALUES('m4a0d9008c73d','孙天斌','科协','江川市农业科学院研究员','江川市高新区建设路113号','13887157346',1,1);
INSERT INTO "member" VALUES('medd76101938e','张强','中国民主建国会','江川润泽实业集团有限公司财务总监','江川市江城区光明路188号','19904926033',1,1);
INSERT INTO "member" VALUES('mc9c70dd0a00c','胡思怡','台联','江川市台联副会长','江川市高新区人民路363号','19123383210',1,1);
INSERT INTO "member" VALUES('m0071d25dfcf1','丁婷怡','中国民主建国会','江川博远实业集团有限公司党委书记','江川市石桥县解放大道64号','15077473519',1,1);
INSERT INTO "member" VALUES('m3e5588301b56','田美霞','科学技术界','江川大学医学院研究员','江川市石桥县学府路185号','15809775107',1,1);
INSERT INTO "member" VALUES('m54d558b53e4a','张涛','特邀人士','高新区政协主席','江川市青山区振兴路186号','13528673567',1,1);
INSERT INTO "member" VALUES('m4eecf813f15b','吕嘉杰','九三学社','临江区教育局副局长','江川市川东区青年路41号','15793028310',1,1);
INSERT INTO "member" VALUES('m60d5364be912','梁浩','农业界','高新区农业技术推广中心高级农艺师','江川市石桥县长江路379号','18969473093',1,1);
INSERT INTO "member" VALUES('mfab89a1c280b','黄晨娟','医药卫生界','川东区人民医院院长','江川市凤鸣区科创大道123号','13107820769',1,1);
INSERT INTO "member" VALUES('mf8d6b9cd764c','黄东','无党派人士','临江区中心小学校长','江川市临江区文化路373号','18294456081',1,1);
INSERT INTO "member" VALUES('mb6e7f2f7ae08','罗博勇','社会科学界','江川市社会科学院研究员','江川市川东区学府路276号','15039492019',1,1);
INSERT INTO "member" VALUES('md8635aa5600d','彭伟宇','工商联','江川天成纺织有限公司总经理','江川市梅溪县青年路173号','13630946462',1,1);
INSERT INTO "member" VALUES('mb6f270fae7d6','钟薇','经济界','江川新源环保科技有限公司副总经理','江川市石桥县长江路293号','15990144760',1,1);
INSERT INTO "member" VALUES('mdc2089e3558a','张振杰','对外友好界','江川启明进出口有限公司总经理','江川市石桥县光明路308号','15090240646',1,1);
INSERT INTO "member" VALUES('m6a3caefe15c2','戴睿','科学技术界','江川市科学技术信息研究所所长','江川市梅溪县锦绣大道297号','19342151407',1,1);
INSERT INTO "member" VALUES('m533369f329fd','潘若涵','体育界','江川市全民健身中心主任','江川市青山区人民路9号','15784046247',1,1);
INSERT INTO "member" VALUES('m0d8a3dc6b8ba','赵东','医药卫生界','江川市妇幼保健院副院长','江川市梅溪县光明路54号','13091357460',1,1);
INSERT INTO "member" VALUES('me394a4c82a3c','王淑霞','社会福利和社会保障界','江川市社会福利院院长','江川市凤鸣区振兴路362号','15066250159',1,1);
INSERT INTO "member" VALUES('m231cfdc7e454','张杰','工商联','江川嘉和建设集团有限公司党委书记','江川市高新区人民路97号','13012154104',1,1);
INSERT INTO "member" VALUES('m84f510295863','王俊辉','社会福利和社会保障界','梅溪县城南街道社区党委书记','江川市青山区锦绣大道290号','19389968628',1,1);
INSERT INTO "member" VALUES('mf1f48892a8f1','张淑丽','工商联','江川润泽科技有限公司党委书记','江川市高新区振兴路158号','15808338999',1,1);
INSERT INTO "member" VALUES('m2ed1e4f85d14','韩家生','宗教界','江川市佛教协会会长','江川市石桥县建设路95号','15848164589',1,1);
INSERT INTO "member" VALUES('m43f74b557642','陈静华','中国共产党','梅溪县人民政府副区长','江川市凤鸣区人民路157号','15531727387',1,1);
INSERT INTO "member" VALUES('m097aa51d69f9','宋学峰','九三学社','江川市疾病预防控制中心主任医师','江川市江城区锦绣大道289号','13716971213',1,1);
INSERT INTO "member" VALUES('m33d9bfeefbf3','刘慧娟','中国共产党','江川博远环保科技有限公司副总经理','江川市青山区科创大道315号','13751656932',1,1);
INSERT INTO "member" VALUES('md1f636b56889','汪子杰','教育界','川东区实验幼儿园园长','江川市青山区科创大道135号','19388126514',1,1);
INSERT INTO "member" VALUES('m708a14e7726a','张思敏','九三学社','江川市妇幼保健院副院长','江川市高新区朝阳路56号','15189744558',1,1);
INSERT INTO "member" VALUES('m19eed7731d2c','刘子伟','特邀人士','江城区政协主席','江川市青山区滨江路260号','19372136057',1,1);
INSERT INTO "member" VALUES('mc3818928ba13','刘振斌','教育界','梅溪县实验幼儿园园长','江川市梅溪县解放大道251号','18223144804',1,1);
INSERT INTO "member" VALUES('m148b2cadec81','罗晓生','特邀人士','凤鸣区云台镇党工委书记','江川市临江区长江路105号','18149654129',1,1);
INSERT INTO "member" VALUES('m3de18103c31e','李海辉','经济界','江川永盛环保科技有限公司财务总监','江川市青山区解放大道333号','18215248389',1,1);
INSERT INTO "member" VALUES('m19060f709ca7','刘华','农业界','江川市农业科学院研究员','江川市江城区锦绣大道103号','18763636080',1,1);
INSERT INTO "member" VALUES('mb5a70287844d','王振辉','无党派人士','石桥县实验幼儿园园长','江川市高新区振兴路149号','19506477283',1,1);
INSERT INTO "member" VALUES('m36f810d884d9','周慧','总工会','江川市总工会副主席','江川市石桥县建设路318号','19333280890',1,1);
INSERT INTO "member" VALUES('m755b1da9c583','冯浩华','科协','江川大学马克思主义学院教授','江川市石桥县新华路196号','13708663320',1,1);
INSERT INTO "member" VALUES('mceede44ff0db','李怡','社会科学界','江川市地方志办公室主任','江川市石桥县解放大道157号','18898246418',1,1);
INSERT INTO "member" VALUES('m54afb2786e4d','张子斌','少数民族界','川东区民族宗教事务局副局长','江川市临江区长江路36号','18925652166',1,1);
INSERT INTO "member" VALUES('m351284db7863','黄家辉','中国农工民主党','江川市疾病预防控制中心主任医师','江川市高新区长江路342号','19384937640',1,1);
INSERT INTO "member" VALUES('mb8d705a007fa','黄秀萱','文化艺术界','江川市博物馆副馆长','江川市江城区振兴路75号','18110987120',1,1);
INSERT INTO "member" VALUES('m81a16c6252e2','王家平','中国农工民主党','临江区江滨街道社区卫生服务中心主任','江川市高新区人民路395号','15043723553',1,1);
INSERT INTO "member" VALUES('m36c06b6a9091','郭超','农业界','江川市农业科学院研究员','江川市江城区文化路32号','18259806658',1,1);
INSERT INTO "member" VALUES('m2ff792ce49d9','刘春林','经济界','江川华信置业有限公司党委书记','江川市青山区朝阳路309号','13699207417',1,1);
INSERT INTO "member" VALUES('mef9b39373d67','蒋伟强','中国农工民主党','青山区桃源镇社区卫生服务中心主任','江川市高新区解放大道324号','19975920953',1,1);
INSERT INTO "member" VALUES('ma6025bf85521','李美萱','经济界','江川汇川新材料股份有限公司党委书记','江川市江城区建设路86号','19381885035',1,1);
INSERT INTO "member" VALUES('m80b0019746c9','曹若颖','中国共产党','江川永盛科技有限公司总经理','江川市川东区朝阳路4号','18153458350',1,1);
INSERT INTO "member" VALUES('m7b4e6f51eca2','谢丽','宗教界','江川市道教协会秘书长','江川市青山区文化路67号','13863186753',1,1);
INSERT INTO "member" VALUES('md0265419b1b7','郭强','科学技术界','江川市农业科学院研究员','江川市江城区锦绣大道2号','13264234680',1,1);
INSERT INTO "member" VALUES('m3de12c8de239','张学伟','文化艺术界','江川市美术家协会副主席','江川市青山区和平路93号','15715108504',1,1);
INSERT INTO "member" VALUES('m966ef2062c1e','王宇生','中国共产党','江川职业技术学院副院长','江川市高新区光明路74号','15508364405',1,1);
INSERT INTO "member" VALUES('mfa49bfe5a3d0','张欣凤','中国民主促进会','江川日报社副总编辑','江川市石桥县长江路394号','13181040745',1,1);
INSERT INTO "member" VALUES('m666bc5af254e','侯永豪','中国民主建国会','江川博远建设集团有限公司总经理','江川市凤鸣区学府路119号','13317140854',1,1);
INSERT INTO "member" VALUES('m1660194349e1','杨诗洁','中国致公党','江川市农业科学院研究员','江川市梅溪县新华路180号','19916886562',1,1);
INSERT INTO "member" VALUES('mde0ab1804e20','吴天生','中国共产党','江川农商银行副行长','江川市凤鸣区滨江路114号','15095447467',1,1);
INSERT INTO "member" VALUES('m492212716a5f','汪晓燕','社会科学界','江川市地方志办公室主任','江川市凤鸣区文化路82号','15118285849',1,1);
INSERT INTO "member" VALUES('m90a3315951be','唐诗霞','宗教界','江川市伊斯兰教协会副会长','江川市石桥县人民路208号','13305717730',1,1);
INSERT INTO "member" VALUES('mdc3a7f1eefe7','张雨琳','工商联','江川农商银行副行长','江川市石桥县光明路91号','15213321966',1,1);
INSERT INTO "member" VALUES('me3a8ca84f9d2','刘宏东','总工会','江川众鑫新材料股份有限公司工会主席','江川市高新区锦绣大道282号','13114024459',1,1);
INSERT INTO "member" VALUES('me41dd36d802e','王晨涵','特邀人士','凤鸣区政协主席','江川市川东区解放大道45号','15546001541',1,1);
INSERT INTO "member" VALUES('m3a794742553c','陈慧梅','教育界','江川大学生命科学学院副院长','江川市青山区朝阳路213号','13147831635',1,1);
INSERT INTO "member" VALUES('m4467c979076e','朱鹏','共青团','团市委副书记','江川市临江区振兴路382号','18785230617',1,1);
INSERT INTO "member" VALUES('maba2e827ffdb','杨楠','中国民主同盟','江川市博物馆副馆长','江川市凤鸣区学府路390号','15595422745',1,1);
INSERT INTO "member" VALUES('m2642da975074','杨晨萱','中国共产党','江川市人民政府参事','江川市临江区青年路146号','18178562020',1,1);
INSERT INTO "member" VALUES('m26b3f5ec385d','吴学涛','中国国民党革命委员会','江川市实验中学副校长','江川市临江区和平路396号','19907339539',1,1);
INSERT INTO "member" VALUES('m23e040dbc975','王诗霞','中国国民党革命委员会','江川大学法学院教授','江川市川东区光明路102号','15957332852',1,1);
INSERT INTO "member" VALUES('m458c2eba0b43','罗超','中国共产党','江川鼎盛新材料股份有限公司董事长','江川市凤鸣区滨江路142号','18095842947',1,1);
INSERT INTO "member" VALUES('m88543cc6349d','罗秀琴','九三学社','临江区中心小学校长','江川市高新区文化路267号','15102056249',1,1);
INSERT INTO "member" VALUES('me8d32ac919f4','方子勇','无党派人士','江川金桥建设集团有限公司总工程师','江川市石桥县迎宾大道174号','19195924429',1,1);
INSERT INTO "member" VALUES('m68934399b966','周春宇','中国民主建国会','江川启明实业集团有限公司董事长','江川市高新区朝阳路219号','15107954322',1,1);
INSERT INTO "member" VALUES('ma3a7a84f7c57','何慧','共青团','江川市青年企业家协会会长','江川市凤鸣区青年路26号','19130352971',1,1);
INSERT INTO "member" VALUES('m37718522ea10','刘雨琴','经济界','江川农商银行副行长','江川市川东区青年路244号','18794858922',1,1);
INSERT INTO "member" VALUES('m74021a7f4a39','朱雨洁','无党派人士','江川天成律师事务所主任','江川市梅溪县迎宾大道64号','13580616238',1,1);
INSERT INTO "member" VALUES('m85e3b12fa9a7','黄杰','工商联','江川远航物流有限公司总经理','江川市青山区科创大道169号','15110233748',1,1);
INSERT INTO "member" VALUES('m2359d757a585','周德华','九三学社','江川医学院附属医院心内科教授','江川市临江区青年路237号','18934208611',1,1);
INSERT INTO "member" VALUES('ma0d21edc54ef','李玉琴','文化艺术界','江川市歌舞剧院副院长','江川市川东区和平路211号','15717617410',1,1);
INSERT INTO "member" VALUES('m3e0e9c71cd8b','余浩波','工商联','江川新源建设集团有限公司党委书记','江川市临江区长江路305号','15000636628',1,1);
INSERT INTO "member" VALUES('mb11d75b31c55','赵金轩','中国共产党','梅溪县人民政府副区长','江川市凤鸣区新华路78号','18125896051',1,1);
INSERT INTO "member" VALUES('m1261b69dd04e','张博涛','中国共产党','江川润泽新材料股份有限公司总经理','江川市高新区学府路186号','19182143299',1,1);
INSERT INTO "member" VALUES('m604d7566b4a8','周翠霞','中国共产党','江川农商银行副行长','江川市凤鸣区和平路276号','13338906489',1,1);
INSERT INTO "member" VALUES('mdef50262cc32','李丽涵','中国民主建国会','江川众鑫纺织有限公司总经理','江川市高新区文化路193号','13977350938',1,1);
INSERT INTO "member" VALUES('m180bff257c61','石晓杰','宗教界','江川市基督教两会主席','江川市临江区和平路25号','15569800287',1,1);
INSERT INTO "member" VALUES('mad7b9cfd0bd9','薛文兰','社会福利和社会保障界','江川市启明公益服务中心主任','江川市高新区锦绣大道317号','18060846030',1,1);
INSERT INTO "member" VALUES('mb907d9b5a5c3','陈志明','九三学社','江川市妇幼保健院副院长','江川市高新区科创大道6号','15026375579',1,1);
INSERT INTO "member" VALUES('mb907533f0fd9','蒋超','教育界','江川职业技术学院副院长','江川市梅溪县建设路252号','18171180686',1,1);
INSERT INTO "member" VALUES('m436d98882060','熊博','中国民主同盟','江川外国语学校教师','江川市高新区青年路201号','15095933316',1,1);
CREATE TABLE meta (
	"key" VARCHAR NOT NULL, 
	value TEXT NOT NULL, 
	PRIMARY KEY ("key")
);
INSERT INTO "meta" VALUES('file_id','65904d8c8ad548d5bde6a335e6637c8f');
INSERT INTO "meta" VALUES('created_by','review-desk 0.1.0');
INSERT INTO "meta" VALUES('created','2026-12-01T10:37:29+00:00');
CREATE TABLE note (
	id VARCHAR NOT NULL, 
	proposal_id VARCHAR NOT NULL, 
	author VARCHAR NOT NULL, 
	text TEXT NOT NULL, 
	shared BOOLEAN NOT NULL, 
	created VARCHAR NOT NULL, 
	present BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(proposal_id) REFERENCES proposal (id)
);
INSERT INTO "note" VALUES('p8f9dc7227f97/n/fb1774ff61f5','p8f9dc7227f97','root','私人备注',0,'2026-12-01T10:37:55+00:00',1);
INSERT INTO "note" VALUES('pb764102ce850/n/b60b0dccaf33','pb764102ce850','root','共享备注',1,'2026-12-01T10:37:57+00:00',1);
CREATE TABLE proposal (
	id VARCHAR NOT NULL, 
	intake_no INTEGER NOT NULL, 
	case_no INTEGER, 
	title VARCHAR NOT NULL, 
	category_id VARCHAR, 
	background TEXT NOT NULL, 
	problems TEXT NOT NULL, 
	suggestions TEXT NOT NULL, 
	submitted_at VARCHAR NOT NULL, 
	plenary BOOLEAN NOT NULL, 
	kind VARCHAR NOT NULL, 
	collective_name VARCHAR NOT NULL, 
	suggested_units JSON NOT NULL, 
	status VARCHAR NOT NULL, 
	reason_id VARCHAR, 
	disposition_id VARCHAR, 
	reason_remark TEXT NOT NULL, 
	opinion TEXT NOT NULL, 
	"key" BOOLEAN NOT NULL, 
	lead_leader VARCHAR NOT NULL, 
	supervise_leader VARCHAR NOT NULL, 
	merged_into VARCHAR, 
	handling_mode VARCHAR NOT NULL, 
	deadline VARCHAR, 
	group_id VARCHAR, 
	present BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(category_id) REFERENCES category (id), 
	FOREIGN KEY(reason_id) REFERENCES reason (id), 
	FOREIGN KEY(disposition_id) REFERENCES disposition (id), 
	FOREIGN KEY(merged_into) REFERENCES proposal (id), 
	FOREIGN KEY(group_id) REFERENCES review_group (id)
);
INSERT INTO "proposal" VALUES('p15e7851fb214',1,NULL,'关于以“小切口”弘扬企业家精神的提案','c716b989302fa','民营经济人士是增强发展新动能的重要内容，也是市委、市政府近年来着力推进的一项重点工作。当前，各地围绕民营经济人士的竞争日趋激烈，我市面临“不进则退、慢进亦退”的压力。深圳等地在民间投资方面已经探索出较为成熟的经验做法，值得我市学习借鉴。群众对民间投资的意见和建议较为集中。企业家已成为衡量民营经济人士水平的重要指标。特别是在市场准入方面，仍有较大的提升空间。','与群众期盼相比，我市民营经济人士还存在不少问题：
一是民间投资增速放缓，民营企业参与重大项目渠道不畅，亟待加以解决。二是民营企业家代际传承面临挑战，年轻一代企业家培养不足，影响了政策效果的发挥。三是部分领域仍存在隐性门槛，市场准入“玻璃门”尚未完全破除，在一定程度上制约了民营经济人士的健康发展。这一问题已多年存在，至今未得到根本解决。四是信息化建设相对滞后，数据共享和智慧化管理水平不高，给群众生产生活带来诸多不便。部分基层干部对此认识不足，存在等靠要思想。五是考核评价和监督机制不完善，部分政策措施落实不到位，相关工作的整体成效因此打了折扣。','一是定期向民间资本推介重大项目清单，形成可复制可推广的经验做法。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。二是实施新生代企业家“薪火传承”培养计划，切实解决群众“急难愁盼”问题。加强与周边城市的交流合作，实现资源共享、优势互补。三是全面清理妨碍公平竞争的规定和做法，并定期向社会公布进展情况。要充分听取群众和企业的意见，提高政策的针对性和可操作性。四是强化督查考核。将民营经济人士纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。可先选择梅溪县等条件较好的区域开展试点，成熟后在全市推广。五是加大资金投入。将民营经济人士相关经费纳入年度财政预算，建立稳定增长的投入保障机制，积极引导社会资本参与，力争用两到三年时间取得明显成效。
希望有关部门高度重视，认真研究采纳，切实推动民营经济人士取得实效。','2025-12-29T11:03:29',1,'joint','','["市发改委", "中共江川市委统一战线工作部", "市工商联"]','accepted',NULL,NULL,'','',0,'','',NULL,'lead',NULL,NULL,1);
INSERT INTO "proposal" VALUES('p8f9dc7227f97',2,NULL,'关于进一步活化利用历史建筑的提案','c18b9a43118ab','随着经济社会的快速发展和人民群众需求的不断升级，历史建筑日益成为社会关注的热点问题。我市历史悠久、文化底蕴深厚，做好历史建筑工作具有得天独厚的条件。2025年，市12345政务服务便民热线受理涉及业态的群众诉求470件，同比增长30%。业态已成为衡量历史建筑水平的重要指标。特别是在保护修缮方面，仍有较大的提升空间。群众对街区的意见和建议较为集中。','经调研发现，主要存在以下几个方面的问题：
一是街区业态同质化，商业气息过浓，群众对此反映较为强烈。二是部分历史建筑年久失修，保护修缮资金不足，给群众生产生活带来诸多不便。三是保护与居民生活改善存在矛盾，亟待加以解决。究其原因，主要是相关配套政策不够完善、责任落实不够到位。四是考核评价和监督机制不完善，部分政策措施落实不到位，与高质量发展的要求还不相适应。据反映，这一问题在梅溪县等地尤为突出。五是政策宣传解读不到位，群众对业态相关政策的知晓率不高，影响了政策效果的发挥。六是资金保障机制不健全，主要依靠财政投入，社会资本参与的积极性不高，相关工作的整体成效因此打了折扣。这一问题已多年存在，至今未得到根本解决。','对此，提出如下建议：
1.开展历史建筑普查建档和挂牌保护，形成可复制可推广的经验做法。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。
2.引入文化类业态，控制同质化商业，并定期向社会公布进展情况。加强与周边城市的交流合作，实现资源共享、优势互补。
3.探索历史建筑认领保护和活化利用机制，力争用两到三年时间取得明显成效。要充分听取群众和企业的意见，提高政策的针对性和可操作性。
4.加强宣传引导。充分利用报刊、电视、网络等媒体，广泛宣传街区相关政策，营造全社会共同关注的良好氛围，切实解决群众“急难愁盼”问题。同时，要加强部门之间的沟通协作，形成工作合力。
5.强化督查考核。将历史建筑纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。可先选择梅溪县等条件较好的区域开展试点，成熟后在全市推广。建立健全工作台账，实行清单化管理、项目化推进。
6.加大资金投入。将历史建筑相关经费纳入年度财政预算，建立稳定增长的投入保障机制，积极引导社会资本参与。建议由市自然资源和规划局牵头制定具体实施方案，明确时间表和路线图。对工作成效明显的区县和单位给予表彰奖励。','2025-12-30T11:22:40',1,'individual','','["市自然资源规划局"]','accepted',NULL,NULL,'','建议交办',0,'','',NULL,'lead',NULL,NULL,1);
INSERT INTO "proposal" VALUES('pb764102ce850',3,NULL,'关于进一步深化集团化办学的提案','ca106ef49aa19','城乡教育一体化是办好民生实事的重要内容，也是市委、市政府近年来着力推进的一项重点工作。城乡教育一体化关系千家万户，是重要的民生工程，也是群众关心关注的热点问题。从调研情况看，全市城乡教育一体化总体呈现稳中向好的态势，但与人民群众的期待相比仍有一定差距。苏州等地在教师交流方面已经探索出较为成熟的经验做法，值得我市学习借鉴。群众对学位供给的意见和建议较为集中。特别是在教师交流方面，仍有较大的提升空间。','与群众期盼相比，我市城乡教育一体化还存在不少问题：
一是新建小区学位配套滞后，群众对此反映较为强烈。究其原因，主要是相关配套政策不够完善、责任落实不够到位。二是教师交流轮岗制度落实不到位，影响了政策效果的发挥。这一问题已多年存在，至今未得到根本解决。三是城区学校大班额与乡村学校“空心化”并存，相关工作的整体成效因此打了折扣。部分基层干部对此认识不足，存在等靠要思想。四是信息化建设相对滞后，数据共享和智慧化管理水平不高，亟待加以解决。调研中，不少群众和企业对此反映较多。五是城乡、区域之间发展不平衡，农村和偏远地区短板较为明显，在一定程度上制约了城乡教育一体化的健康发展。这一问题已多年存在，至今未得到根本解决。六是部门之间协同联动不够，信息共享和工作衔接不畅，存在“多头管理、各管一段”的现象，与高质量发展的要求还不相适应。据反映，这一问题在梅溪县等地尤为突出。','为此，建议：
一是将学校建设纳入新建小区配套同步规划建设。可先选择凤鸣区等条件较好的区域开展试点，成熟后在全市推广。对工作成效明显的区县和单位给予表彰奖励。二是扩大集团化办学覆盖面，推动优质资源共享，力争用两到三年时间取得明显成效。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。三是实施乡村学校办学条件提升工程，切实解决群众“急难愁盼”问题。建立健全工作台账，实行清单化管理、项目化推进。四是加大资金投入。将城乡教育一体化相关经费纳入年度财政预算，建立稳定增长的投入保障机制，积极引导社会资本参与，形成可复制可推广的经验做法。同时，要加强部门之间的沟通协作，形成工作合力。五是强化督查考核。将城乡教育一体化纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，并定期向社会公布进展情况。加强与周边城市的交流合作，实现资源共享、优势互补。六是加强宣传引导。充分利用报刊、电视、网络等媒体，广泛宣传学位供给相关政策，营造全社会共同关注的良好氛围。建议由市教育局牵头制定具体实施方案，明确时间表和路线图。要充分听取群众和企业的意见，提高政策的针对性和可操作性。
以上建议，供有关部门研究参考。','2026-01-01T10:39:53',1,'individual','','["市教育局", "市财政局"]','accepted',NULL,NULL,'','',0,'','',NULL,'lead',NULL,NULL,1);
INSERT INTO "proposal" VALUES('pc263590cac89',4,NULL,'关于重视协商民主问题的提案','c10cb23bde364','党的二十大和二十届三中全会对协商民主作出了重要部署，省委、省政府也相继出台了配套政策。做好协商民主工作，是坚持以人民为中心发展思想的具体体现。深圳等地在协商议事方面已经探索出较为成熟的经验做法，值得我市学习借鉴。2025年，市12345政务服务便民热线受理涉及协商议事的群众诉求3910件，同比增长43%。协商议事已成为衡量协商民主水平的重要指标。群众对委员工作室的意见和建议较为集中。','经调研发现，主要存在以下几个方面的问题：
1.协商成果采纳落实反馈机制不完善，亟待加以解决。
2.基层协商议事平台作用发挥不充分，相关工作的整体成效因此打了折扣。调研中，不少群众和企业对此反映较多。
3.委员履职平台和数字化手段不足，群众对此反映较为强烈。据反映，这一问题在凤鸣区等地尤为突出。
4.考核评价和监督机制不完善，部分政策措施落实不到位，影响了政策效果的发挥。这一问题已多年存在，至今未得到根本解决。
5.政策宣传解读不到位，群众对协商议事相关政策的知晓率不高，与高质量发展的要求还不相适应。究其原因，主要是相关配套政策不够完善、责任落实不够到位。
6.部门之间协同联动不够，信息共享和工作衔接不畅，存在“多头管理、各管一段”的现象，给群众生产生活带来诸多不便。部分基层干部对此认识不足，存在等靠要思想。','针对上述问题，建议从以下几个方面着力：
1.建立协商成果办理反馈和跟踪问效机制，力争用两到三年时间取得明显成效。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。
2.建设委员工作室和基层协商议事室，切实解决群众“急难愁盼”问题。加强与周边城市的交流合作，实现资源共享、优势互补。
3.开发委员履职数字平台，并定期向社会公布进展情况。同时，要加强部门之间的沟通协作，形成工作合力。
4.强化数字赋能。运用大数据、物联网等信息化手段，提升协商民主的精细化、智能化管理水平，形成可复制可推广的经验做法。要充分听取群众和企业的意见，提高政策的针对性和可操作性。
5.强化督查考核。将协商民主纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。建议由中共江川市委统一战线工作部牵头制定具体实施方案，明确时间表和路线图。对工作成效明显的区县和单位给予表彰奖励。
6.强化人才支撑。加强协商议事相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。可先选择临江区等条件较好的区域开展试点，成熟后在全市推广。建立健全工作台账，实行清单化管理、项目化推进。
以上建议，供有关部门研究参考。','2026-01-01T12:03:40',0,'individual','','[]','rejected','r710e6462f820',NULL,'','',0,'','',NULL,'lead',NULL,NULL,1);
INSERT INTO "proposal" VALUES('p86b346279f34',5,NULL,'关于补齐我市产业园区短板弱项的提案','c716b989302fa','近年来，在市委、市政府的坚强领导下，我市产业园区工作稳步推进，亩均效益等方面有了明显改善。当前，各地围绕产业园区的竞争日趋激烈，我市面临“不进则退、慢进亦退”的压力。2025年，市12345政务服务便民热线受理涉及标准厂房的群众诉求7433件，同比增长56%。笔者在调研中走访了10个街道（乡镇）和23家单位，发现标准厂房问题在部分区域较为突出。群众对亩均效益的意见和建议较为集中。特别是在标准厂房方面，仍有较大的提升空间。','与群众期盼相比，我市产业园区还存在不少问题：
（一）园区管理体制机制不顺，群众对此反映较为强烈。据反映，这一问题在梅溪县等地尤为突出。
（二）园区生活配套不足，难以留住人才，在一定程度上制约了产业园区的健康发展。这一问题已多年存在，至今未得到根本解决。
（三）部分园区亩均效益偏低，低效用地较多，给群众生产生活带来诸多不便。调研中，不少群众和企业对此反映较多。
（四）专业人才队伍建设滞后，基层工作力量相对薄弱，相关工作的整体成效因此打了折扣。
（五）考核评价和监督机制不完善，部分政策措施落实不到位，影响了政策效果的发挥。究其原因，主要是相关配套政策不够完善、责任落实不够到位。
（六）信息化建设相对滞后，数据共享和智慧化管理水平不高，亟待加以解决。','为此，建议：
一是推进低效用地再开发和“工业上楼”。可先选择川东区等条件较好的区域开展试点，成熟后在全市推广。二是完善园区生活配套，建设人才公寓，力争用两到三年时间取得明显成效。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。三是深化开发区管理体制改革，形成可复制可推广的经验做法。对工作成效明显的区县和单位给予表彰奖励。四是强化人才支撑。加强亩均效益相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍，切实解决群众“急难愁盼”问题。建立健全工作台账，实行清单化管理、项目化推进。五是强化督查考核。将产业园区纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，并定期向社会公布进展情况。加强与周边城市的交流合作，实现资源共享、优势互补。六是强化数字赋能。运用大数据、物联网等信息化手段，提升产业园区的精细化、智能化管理水平。建议由江川高新技术产业开发区管理委员会牵头制定具体实施方案，明确时间表和路线图。要充分听取群众和企业的意见，提高政策的针对性和可操作性。','2026-01-03T16:22:40',1,'joint','','[]','accepted',NULL,NULL,'','',0,'','',NULL,'lead',NULL,NULL,1);
INSERT INTO "proposal" VALUES('p4a40a84301dc',6,NULL,'关于推进老化燃气管道更新改造助力提升群众获得感幸福感的提案','ca106ef49aa19','党的二十大和二十届三中全会对餐饮场所燃气安全作出了重要部署，省委、省政府也相继出台了配套政策。餐饮场所燃气安全关系千家万户，是重要的民生工程，也是群众关心关注的热点问题。据调研，截至2025年底，全市报警装置相关工作的覆盖率约为30%，与先进城市相比仍有差距。其中，安全检查问题尤为群众关注。报警装置已成为衡量餐饮场所燃气安全水平的重要指标。群众对瓶装液化气的意见和建议较为集中。','当前，我市餐饮场所燃气安全仍存在一些短板和不足，主要表现在：
1.餐饮场所燃气报警装置安装率不高，在一定程度上制约了餐饮场所燃气安全的健康发展。
2.瓶装液化气配送环节监管薄弱，亟待加以解决。
3.部分老旧燃气管道超期服役，泄漏风险高，与高质量发展的要求还不相适应。部分基层干部对此认识不足，存在等靠要思想。','一是强制餐饮场所安装可燃气体报警装置。建议由市住房和城乡建设局牵头制定具体实施方案，明确时间表和路线图。二是推行瓶装液化气“一瓶一码”全程追溯，形成可复制可推广的经验做法。三是加快老化燃气管道更新改造。可先选择江城区等条件较好的区域开展试点，成熟后在全市推广。四是加强统筹协调。建议由市住房和城乡建设局牵头，会同江川市消防救援支队、市应急管理局建立联席会议制度，定期研究解决餐饮场所燃气安全中的重点难点问题，并定期向社会公布进展情况。五是借鉴先进经验。学习南京等地在报警装置方面的成功做法，结合我市实际探索创新，切实解决群众“急难愁盼”问题。六是强化人才支撑。加强安全检查相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。','2026-01-04T16:38:26',1,'individual','','["市住建局"]','merged',NULL,NULL,'','',0,'','','p86b346279f34','lead',NULL,NULL,1);
INSERT INTO "proposal" VALUES('p6bc28faba7aa',7,NULL,'关于坚持问题导向加强历史文化街区保护利用的提案','c18b9a43118ab','历史文化名城保护是建设文化强市的重要内容，也是市委、市政府近年来着力推进的一项重点工作。历史文化名城保护是建设文化强市的重要内容，对于满足人民群众精神文化需求、增强城市软实力具有重要意义。笔者在调研中走访了10个街道（乡镇）和9家单位，发现保护修缮问题在部分区域较为突出。其中，历史建筑问题尤为群众关注。特别是在保护修缮方面，仍有较大的提升空间。业态已成为衡量历史文化名城保护水平的重要指标。','当前，我市历史文化名城保护仍存在一些短板和不足，主要表现在：
一是部分历史建筑年久失修，保护修缮资金不足，相关工作的整体成效因此打了折扣。据反映，这一问题在江城区等地尤为突出。二是保护与居民生活改善存在矛盾，影响了政策效果的发挥。三是街区业态同质化，商业气息过浓，给群众生产生活带来诸多不便。四是政策宣传解读不到位，群众对历史建筑相关政策的知晓率不高，亟待加以解决。究其原因，主要是相关配套政策不够完善、责任落实不够到位。五是考核评价和监督机制不完善，部分政策措施落实不到位，在一定程度上制约了历史文化名城保护的健康发展。六是城乡、区域之间发展不平衡，农村和偏远地区短板较为明显，群众对此反映较为强烈。','为进一步做好历史文化名城保护工作，建议：
（一）探索历史建筑认领保护和活化利用机制，力争用两到三年时间取得明显成效。对工作成效明显的区县和单位给予表彰奖励。
（二）改善街区居民生活设施。可先选择川东区等条件较好的区域开展试点，成熟后在全市推广。建立健全工作台账，实行清单化管理、项目化推进。
（三）开展历史建筑普查建档和挂牌保护，并定期向社会公布进展情况。加强与周边城市的交流合作，实现资源共享、优势互补。
（四）强化督查考核。将历史文化名城保护纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，形成可复制可推广的经验做法。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。
（五）借鉴先进经验。学习无锡等地在历史建筑方面的成功做法，结合我市实际探索创新，切实解决群众“急难愁盼”问题。要充分听取群众和企业的意见，提高政策的针对性和可操作性。
（六）强化人才支撑。加强保护修缮相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。建议由市自然资源和规划局牵头制定具体实施方案，明确时间表和路线图。同时，要加强部门之间的沟通协作，形成工作合力。','2026-01-04T18:46:33',1,'joint','','["市自然资源和规划局", "各区人民政府", "市旅游局"]','merged',NULL,NULL,'','',0,'','','p86b346279f34','lead',NULL,NULL,1);
INSERT INTO "proposal" VALUES('p6b4bf99fa20d',8,NULL,'关于促进残疾人就业的提案','ca106ef49aa19','近年来，在市委、市政府的坚强领导下，我市孤独症儿童康复工作稳步推进，残疾人等方面有了明显改善。做好孤独症儿童康复工作，是践行以人民为中心发展思想、办好民生实事的重要内容。苏州等地在残疾人方面已经探索出较为成熟的经验做法，值得我市学习借鉴。据不完全统计，近三年来市政协委员围绕孤独症儿童康复提出提案17件，社会关注度持续较高。残疾人已成为衡量孤独症儿童康复水平的重要指标。特别是在孤独症方面，仍有较大的提升空间。','与群众期盼相比，我市孤独症儿童康复还存在不少问题：
一是辅助器具适配服务覆盖不全，在一定程度上制约了孤独症儿童康复的健康发展。二是孤独症儿童康复机构少、费用高。三是残疾人就业渠道窄，按比例安排就业落实不够，给群众生产生活带来诸多不便。四是政策宣传解读不到位，群众对残疾人相关政策的知晓率不高。五是专业人才队伍建设滞后，基层工作力量相对薄弱，影响了政策效果的发挥。六是城乡、区域之间发展不平衡，农村和偏远地区短板较为明显。','（一）建设残疾人辅助器具租赁服务网点，形成可复制可推广的经验做法。加强与周边城市的交流合作，实现资源共享、优势互补。
（二）落实用人单位按比例安排残疾人就业制度。建议由市残疾人联合会牵头制定具体实施方案，明确时间表和路线图。同时，要加强部门之间的沟通协作，形成工作合力。
（三）将孤独症儿童康复纳入医保和救助范围，并定期向社会公布进展情况。对工作成效明显的区县和单位给予表彰奖励。
（四）强化督查考核。将孤独症儿童康复纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，力争用两到三年时间取得明显成效。要充分听取群众和企业的意见，提高政策的针对性和可操作性。
（五）强化数字赋能。运用大数据、物联网等信息化手段，提升孤独症儿童康复的精细化、智能化管理水平。可先选择江城区等条件较好的区域开展试点，成熟后在全市推广。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。
（六）强化人才支撑。加强孤独症相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍，切实解决群众“急难愁盼”问题。建立健全工作台账，实行清单化管理、项目化推进。','2026-01-05T17:23:26',1,'individual','','[]','pending',NULL,NULL,'','',0,'','',NULL,'lead',NULL,NULL,1);
INSERT INTO "proposal" VALUES('p2ce2fc0bd11d',9,NULL,'关于以“小切口”推动老字号品牌焕新的提案','c716b989302fa','老字号是打造一流营商环境的重要内容，也是市委、市政府近年来着力推进的一项重点工作。当前，各地围绕老字号的竞争日趋激烈，我市面临“不进则退、慢进亦退”的压力。宁波等地在品牌焕新方面已经探索出较为成熟的经验做法，值得我市学习借鉴。特别是在品牌焕新方面，仍有较大的提升空间。其中，传统技艺问题尤为群众关注。老字号已成为衡量老字号水平的重要指标。','当前，我市老字号仍存在一些短板和不足，主要表现在：
一是部分老字号经营困难，面临传承断档，与高质量发展的要求还不相适应。二是老字号集中展示平台缺乏，在一定程度上制约了老字号的健康发展。三是老字号产品创新不足，难以适应消费升级，相关工作的整体成效因此打了折扣。四是政策宣传解读不到位，群众对品牌焕新相关政策的知晓率不高，影响了政策效果的发挥。五是考核评价和监督机制不完善，部分政策措施落实不到位，群众对此反映较为强烈。据反映，这一问题在江城区等地尤为突出。六是专业人才队伍建设滞后，基层工作力量相对薄弱。','一是支持老字号开展跨界合作和国潮创新，形成可复制可推广的经验做法。同时，要加强部门之间的沟通协作，形成工作合力。二是建立老字号名录和分级保护制度，切实解决群众“急难愁盼”问题。建立健全工作台账，实行清单化管理、项目化推进。三是建设老字号集聚街区，并定期向社会公布进展情况。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。四是强化督查考核。将老字号纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。建议由市商务局牵头制定具体实施方案，明确时间表和路线图。要充分听取群众和企业的意见，提高政策的针对性和可操作性。五是加强统筹协调。建议由市商务局牵头，会同相关部门建立联席会议制度，定期研究解决老字号中的重点难点问题。可先选择梅溪县等条件较好的区域开展试点，成熟后在全市推广。六是强化数字赋能。运用大数据、物联网等信息化手段，提升老字号的精细化、智能化管理水平，力争用两到三年时间取得明显成效。','2026-01-07T10:56:12',1,'individual','','["市商务局", "市市场监管局", "市文广旅局"]','accepted',NULL,NULL,'','',0,'','',NULL,'lead',NULL,NULL,1);
INSERT INTO "proposal" VALUES('p998d4eac221b',10,NULL,'关于做好我市二次供水相关工作的提案','ca27a03316d4a','近年来，在市委、市政府的坚强领导下，我市二次供水工作稳步推进，供水管网等方面有了明显改善。良好生态环境是最普惠的民生福祉，做好二次供水工作是建设美丽江川的必然要求。据不完全统计，近三年来市政协委员围绕二次供水提出提案9件，社会关注度持续较高。其中，供水管网问题尤为群众关注。二次供水已成为衡量二次供水水平的重要指标。','当前，我市二次供水仍存在一些短板和不足，主要表现在：
（一）部分水源保护区内存在违规活动，影响了政策效果的发挥。
（二）二次供水设施管理主体不清，水质隐患较多，给群众生产生活带来诸多不便。
（三）农村供水保障水平不高，相关工作的整体成效因此打了折扣。
（四）考核评价和监督机制不完善，部分政策措施落实不到位，与高质量发展的要求还不相适应。
（五）政策宣传解读不到位，群众对二次供水相关政策的知晓率不高，亟待加以解决。','为进一步做好二次供水工作，建议：
1.推行二次供水设施统建统管。可先选择江城区等条件较好的区域开展试点，成熟后在全市推广。
2.开展水源保护区专项整治，力争用两到三年时间取得明显成效。
3.定期公开供水水质信息。
4.加强统筹协调。建议由市水务局牵头，会同市生态环境局建立联席会议制度，定期研究解决二次供水中的重点难点问题，形成可复制可推广的经验做法。
5.强化人才支撑。加强供水管网相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。
6.强化督查考核。将二次供水纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。建议由市水务局牵头制定具体实施方案，明确时间表和路线图。','2026-01-09T12:49:55',1,'joint','','["市水务局", "市卫健委"]','pending',NULL,NULL,'','',0,'','',NULL,'lead',NULL,NULL,1);
INSERT INTO "proposal" VALUES('pffe221be386a',11,NULL,'关于重视二次供水问题的提案','ca27a03316d4a','近年来，在市委、市政府的坚强领导下，我市二次供水工作稳步推进，二次供水等方面有了明显改善。二次供水是生态文明建设的重要内容，事关人民群众身体健康和城市可持续发展。2025年，市12345政务服务便民热线受理涉及二次供水的群众诉求4775件，同比增长57%。2025年市政府工作报告明确提出要加强二次供水，并将其列入年度重点工作。特别是在供水管网方面，仍有较大的提升空间。其中，二次供水问题尤为群众关注。','当前，我市二次供水仍存在一些短板和不足，主要表现在：
（一）二次供水设施管理主体不清，水质隐患较多，相关工作的整体成效因此打了折扣。
（二）部分水源保护区内存在违规活动，与高质量发展的要求还不相适应。究其原因，主要是相关配套政策不够完善、责任落实不够到位。
（三）农村供水保障水平不高，亟待加以解决。
（四）专业人才队伍建设滞后，基层工作力量相对薄弱，影响了政策效果的发挥。
（五）考核评价和监督机制不完善，部分政策措施落实不到位，给群众生产生活带来诸多不便。
（六）政策宣传解读不到位，群众对二次供水相关政策的知晓率不高，在一定程度上制约了二次供水的健康发展。','针对上述问题，建议从以下几个方面着力：
1.开展水源保护区专项整治，切实解决群众“急难愁盼”问题。建立健全工作台账，实行清单化管理、项目化推进。
2.定期公开供水水质信息。可先选择青山区等条件较好的区域开展试点，成熟后在全市推广。同时，要加强部门之间的沟通协作，形成工作合力。
3.推进城乡供水同源同网同质，力争用两到三年时间取得明显成效。对工作成效明显的区县和单位给予表彰奖励。
4.加强统筹协调。建议由市水务局牵头，会同市卫生健康委员会、江川市水务集团有限公司建立联席会议制度，定期研究解决二次供水中的重点难点问题。建议由市水务局牵头制定具体实施方案，明确时间表和路线图。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。
5.强化督查考核。将二次供水纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，形成可复制可推广的经验做法。要充分听取群众和企业的意见，提高政策的针对性和可操作性。
6.加强宣传引导。充分利用报刊、电视、网络等媒体，广泛宣传供水管网相关政策，营造全社会共同关注的良好氛围，并定期向社会公布进展情况。加强与周边城市的交流合作，实现资源共享、优势互补。
以上建议，供有关部门研究参考。','2026-01-10T10:30:35',1,'joint','','["水利局"]','pending',NULL,NULL,'','',0,'','',NULL,'lead',NULL,NULL,1);
INSERT INTO "proposal" VALUES('pf567bea9a48d',12,NULL,'关于健全涉企诉求快速响应机制、深化“高效办成一件事”改革的提案','c716b989302fa','随着经济社会的快速发展和人民群众需求的不断升级，政务服务环境日益成为社会关注的热点问题。当前，各地围绕政务服务环境的竞争日趋激烈，我市面临“不进则退、慢进亦退”的压力。2025年市政府工作报告明确提出要加强政务服务环境，并将其列入年度重点工作。2025年，市12345政务服务便民热线受理涉及涉企服务的群众诉求4072件，同比增长24%。其中，审批时限问题尤为群众关注。涉企服务已成为衡量政务服务环境水平的重要指标。','但从调研情况看，仍存在以下问题：
（一）个别部门存在“新官不理旧账”问题，政务诚信有待提升。
（二）涉企检查仍存在多头检查、重复检查现象，影响了政策效果的发挥。
（三）部分惠企政策申报条件复杂、兑现周期长，企业获得感不强。
（四）资金保障机制不健全，主要依靠财政投入，社会资本参与的积极性不高。
（五）城乡、区域之间发展不平衡，农村和偏远地区短板较为明显。','一是推行跨部门“综合查一次”，严格控制涉企检查频次。二是全面推行惠企政策“免申即享”，建立政策兑现统一平台。三是建立企业诉求“接诉即办”闭环机制，定期公开办理情况。四是加大资金投入。将政务服务环境相关经费纳入年度财政预算，建立稳定增长的投入保障机制，积极引导社会资本参与，力争用两到三年时间取得明显成效。五是强化督查考核。将政务服务环境纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。可先选择川东区等条件较好的区域开展试点，成熟后在全市推广。
希望有关部门高度重视，认真研究采纳，切实推动政务服务环境取得实效。','2026-01-10T16:40:13',1,'joint','','["市发展和改革委员会"]','pending',NULL,NULL,'','',0,'','',NULL,'lead',NULL,NULL,1);
INSERT INTO "proposal" VALUES('pb8c8ced44d46',13,NULL,'关于我市生育友好型社会现状与对策的提案','ca106ef49aa19','近年来，在市委、市政府的坚强领导下，我市生育友好型社会工作稳步推进，妇幼保健等方面有了明显改善。生育友好型社会关系千家万户，是重要的民生工程，也是群众关心关注的热点问题。笔者在调研中走访了11个街道（乡镇）和23家单位，发现妇幼保健问题在部分区域较为突出。据调研，截至2025年底，全市妇幼保健相关工作的覆盖率约为38%，与先进城市相比仍有差距。群众对妇幼保健的意见和建议较为集中。其中，生育补贴问题尤为群众关注。','但从调研情况看，仍存在以下问题：
一是育儿假等制度在企业落实不到位，在一定程度上制约了生育友好型社会的健康发展。二是生育成本高，家庭生育意愿不强，相关工作的整体成效因此打了折扣。三是辅助生殖技术纳入医保范围有限。四是城乡、区域之间发展不平衡，农村和偏远地区短板较为明显，给群众生产生活带来诸多不便。五是专业人才队伍建设滞后，基层工作力量相对薄弱，与高质量发展的要求还不相适应。','针对上述问题，建议从以下几个方面着力：
1.推动企业落实育儿假，给予企业社保补贴。可先选择青山区等条件较好的区域开展试点，成熟后在全市推广。
2.探索发放育儿补贴，形成可复制可推广的经验做法。
3.提升妇幼保健机构服务能力，切实解决群众“急难愁盼”问题。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。
4.强化督查考核。将生育友好型社会纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，力争用两到三年时间取得明显成效。要充分听取群众和企业的意见，提高政策的针对性和可操作性。','2026-01-10T21:40:14',0,'individual','','["市卫生健康委员会"]','pending',NULL,NULL,'','',0,'','',NULL,'lead',NULL,NULL,1);
INSERT INTO "proposal" VALUES('p8b6bd2aa12a9',14,NULL,'关于持续提升学校课后服务质量的提案','ca106ef49aa19','近年来，我市高度重视课后服务工作，市教育局等部门出台了一系列政策措施，取得了积极成效。课后服务关系千家万户，是重要的民生工程，也是群众关心关注的热点问题。从调研情况看，全市课后服务总体呈现稳中向好的态势，但与人民群众的期待相比仍有一定差距。苏州等地在作业管理方面已经探索出较为成熟的经验做法，值得我市学习借鉴。隐形变异已成为衡量课后服务水平的重要指标。特别是在作业管理方面，仍有较大的提升空间。','经调研发现，主要存在以下几个方面的问题：
（一）课后服务内容单一，以看管和写作业为主，给群众生产生活带来诸多不便。
（二）教师课后服务负担较重，影响了政策效果的发挥。究其原因，主要是相关配套政策不够完善、责任落实不够到位。
（三）学科类校外培训隐形变异问题仍然存在，亟待加以解决。这一问题已多年存在，至今未得到根本解决。
（四）政策宣传解读不到位，群众对作业管理相关政策的知晓率不高，群众对此反映较为强烈。
（五）城乡、区域之间发展不平衡，农村和偏远地区短板较为明显，与高质量发展的要求还不相适应。
（六）部门之间协同联动不够，信息共享和工作衔接不畅，存在“多头管理、各管一段”的现象，在一定程度上制约了课后服务的健康发展。','针对上述问题，建议从以下几个方面着力：
（一）加强作业设计研究，提升作业质量。建议由市教育局牵头制定具体实施方案，明确时间表和路线图。对工作成效明显的区县和单位给予表彰奖励。
（二）引入体育、艺术、科技等优质资源丰富课后服务内容，并定期向社会公布进展情况。加强与周边城市的交流合作，实现资源共享、优势互补。
（三）落实教师课后服务补助，推行弹性上下班，切实解决群众“急难愁盼”问题。建立健全工作台账，实行清单化管理、项目化推进。
（四）强化人才支撑。加强隐形变异相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍，形成可复制可推广的经验做法。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。
（五）加强统筹协调。建议由市教育局牵头，会同共青团江川市委员会、市市场监督管理局、市体育局建立联席会议制度，定期研究解决课后服务中的重点难点问题。可先选择凤鸣区等条件较好的区域开展试点，成熟后在全市推广。要充分听取群众和企业的意见，提高政策的针对性和可操作性。
（六）强化督查考核。将课后服务纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，力争用两到三年时间取得明显成效。同时，要加强部门之间的沟通协作，形成工作合力。','2026-01-11T17:52:39',0,'joint','','["市教育局"]','pending',NULL,NULL,'','',0,'','',NULL,'lead',NULL,NULL,1);
INSERT INTO "proposal" VALUES('peccf8e225499',15,NULL,'关于提升小餐饮食品安全水平、加强食品安全全链条监管的提案','ca106ef49aa19','近年来，我市高度重视食品安全工作，市市场监督管理局等部门出台了一系列政策措施，取得了积极成效。做好食品安全工作，是践行以人民为中心发展思想、办好民生实事的重要内容。据调研，截至2025年底，全市小餐饮相关工作的覆盖率约为49%，与先进城市相比仍有差距。2025年，市12345政务服务便民热线受理涉及小餐饮的群众诉求907件，同比增长35%。特别是在快检方面，仍有较大的提升空间。群众对小餐饮的意见和建议较为集中。','与群众期盼相比，我市食品安全还存在不少问题：
一是农产品农药残留快检覆盖面不够，相关工作的整体成效因此打了折扣。究其原因，主要是相关配套政策不够完善、责任落实不够到位。二是小作坊、小餐饮量大面广，监管力量不足，群众对此反映较为强烈。调研中，不少群众和企业对此反映较多。三是网络订餐“幽灵餐厅”问题时有发生，给群众生产生活带来诸多不便。据反映，这一问题在川东区等地尤为突出。四是政策宣传解读不到位，群众对小餐饮相关政策的知晓率不高，影响了政策效果的发挥。这一问题已多年存在，至今未得到根本解决。五是部门之间协同联动不够，信息共享和工作衔接不畅，存在“多头管理、各管一段”的现象，在一定程度上制约了食品安全的健康发展。据反映，这一问题在川东区等地尤为突出。六是考核评价和监督机制不完善，部分政策措施落实不到位，亟待加以解决。部分基层干部对此认识不足，存在等靠要思想。','为进一步做好食品安全工作，建议：
一是建立食品安全追溯体系，并定期向社会公布进展情况。建立健全工作台账，实行清单化管理、项目化推进。二是督促外卖平台落实入网审查责任，切实解决群众“急难愁盼”问题。同时，要加强部门之间的沟通协作，形成工作合力。三是推行小餐饮“明厨亮灶”和智慧监管，力争用两到三年时间取得明显成效。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。四是强化人才支撑。加强快检相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。建议由市市场监督管理局牵头制定具体实施方案，明确时间表和路线图。加强与周边城市的交流合作，实现资源共享、优势互补。五是强化督查考核。将食品安全纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。可先选择江城区等条件较好的区域开展试点，成熟后在全市推广。对工作成效明显的区县和单位给予表彰奖励。六是借鉴先进经验。学习南京等地在快检方面的成功做法，结合我市实际探索创新，形成可复制可推广的经验做法。要充分听取群众和企业的意见，提高政策的针对性和可操作性。','2026-01-12T09:26:55',1,'individual','','["市市场监督管理局", "市农业农村局"]','pending',NULL,NULL,'','',0,'','',NULL,'lead',NULL,NULL,1);
INSERT INTO "proposal" VALUES('p7f35648e0ac8',16,NULL,'关于持续规范装修垃圾收运处置的提案','ca27a03316d4a','近年来，在市委、市政府的坚强领导下，我市建筑垃圾治理工作稳步推进，资源化等方面有了明显改善。建筑垃圾治理是生态文明建设的重要内容，事关人民群众身体健康和城市可持续发展。据调研，截至2025年底，全市资源化相关工作的覆盖率约为34%，与先进城市相比仍有差距。其中，渣土车问题尤为群众关注。群众对资源化的意见和建议较为集中。特别是在装修垃圾方面，仍有较大的提升空间。','经调研发现，主要存在以下几个方面的问题：
一是建筑垃圾资源化利用率低。二是装修垃圾收运渠道不畅，影响了政策效果的发挥。三是建筑垃圾偷倒乱倒现象时有发生。四是部门之间协同联动不够，信息共享和工作衔接不畅，存在“多头管理、各管一段”的现象，与高质量发展的要求还不相适应。五是信息化建设相对滞后，数据共享和智慧化管理水平不高。六是资金保障机制不健全，主要依靠财政投入，社会资本参与的积极性不高。','为此，建议：
1.建设建筑垃圾资源化利用项目。
2.在小区设置装修垃圾临时堆放点。建议由市住房和城乡建设局牵头制定具体实施方案，明确时间表和路线图。
3.建立建筑垃圾电子联单管理制度。
4.加强统筹协调。建议由市住房和城乡建设局牵头，会同相关部门建立联席会议制度，定期研究解决建筑垃圾治理中的重点难点问题。
5.加强宣传引导。充分利用报刊、电视、网络等媒体，广泛宣传装修垃圾相关政策，营造全社会共同关注的良好氛围。
6.强化人才支撑。加强资源化相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。
以上建议，供有关部门研究参考。','2026-01-13T08:56:27',1,'joint','','["市城市管理和综合执法局", "市公安局"]','pending',NULL,NULL,'','',0,'','',NULL,'lead',NULL,NULL,1);
CREATE TABLE proposer (
	id VARCHAR NOT NULL, 
	proposal_id VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	role VARCHAR NOT NULL, 
	member_id VARCHAR, 
	name VARCHAR NOT NULL, 
	sector VARCHAR NOT NULL, 
	work_unit VARCHAR NOT NULL, 
	address VARCHAR NOT NULL, 
	phone VARCHAR NOT NULL, 
	confirmed BOOLEAN, 
	present BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(proposal_id) REFERENCES proposal (id), 
	FOREIGN KEY(member_id) REFERENCES member (id)
);
INSERT INTO "proposer" VALUES('p15e7851fb214/p0','p15e7851fb214',0,'first','m0bd9fbd5788f','王晶','经济界','江川明德环保科技有限公司财务总监','江川市江城区文化路4号','13794174934',1,1);
INSERT INTO "proposer" VALUES('p15e7851fb214/p1','p15e7851fb214',1,'cosigner','ma22f66a1d670','朱志军','经济界','江川鼎盛新材料股份有限公司总经理','江川市临江区长江路23号','18914730779',1,1);
INSERT INTO "proposer" VALUES('p15e7851fb214/p2','p15e7851fb214',2,'cosigner','m2ff792ce49d9','刘春林','经济界','江川华信置业有限公司党委书记','江川市青山区朝阳路309号','13699207417',1,1);
INSERT INTO "proposer" VALUES('p8f9dc7227f97/p0','p8f9dc7227f97',0,'first','m0d96d37f2028','冯俊峰','医药卫生界','江川市第一人民医院心内科主任','江川市川东区新华路58号','19592416548',NULL,1);
INSERT INTO "proposer" VALUES('pb764102ce850/p0','pb764102ce850',0,'first','m533369f329fd','潘若涵','体育界','江川市全民健身中心主任','江川市青山区人民路9号','15784046247',NULL,1);
INSERT INTO "proposer" VALUES('pc263590cac89/p0','pc263590cac89',0,'first','m2ff91c3c46b5','陈文鹏','经济界','江川众鑫生物医药有限公司董事长','江川市临江区锦绣大道330号','15204018591',NULL,1);
INSERT INTO "proposer" VALUES('p86b346279f34/p0','p86b346279f34',0,'first','ma5b1ddf7e06d','张玉敏','无党派人士','江川天成律师事务所律师','江川市青山区长江路276号','15893851160',1,1);
INSERT INTO "proposer" VALUES('p86b346279f34/p1','p86b346279f34',1,'cosigner','md1032423a764','李旭','无党派人士','江川大学生命科学学院研究员','江川市江城区建设路392号','18233158501',1,1);
INSERT INTO "proposer" VALUES('p86b346279f34/p2','p86b346279f34',2,'cosigner','m43f845972467','朱国轩','教育界','临江区中心小学校长','江川市江城区学府路89号','19802595111',NULL,1);
INSERT INTO "proposer" VALUES('p86b346279f34/p3','p86b346279f34',3,'cosigner','mf2aea6c4a04c','李欣','无党派人士','江川大学法学院教授','江川市梅溪县和平路28号','13768426488',1,1);
INSERT INTO "proposer" VALUES('p86b346279f34/p4','p86b346279f34',4,'cosigner','m6a3feb589183','程志明','无党派人士','青山区人民医院院长','江川市青山区光明路7号','18970530963',1,1);
INSERT INTO "proposer" VALUES('p86b346279f34/p5','p86b346279f34',5,'cosigner','m445adb9d8d35','赵欣萱','无党派人士','临江区城南街道社区卫生服务中心主任','江川市江城区长江路386号','19831079960',NULL,1);
INSERT INTO "proposer" VALUES('p86b346279f34/p6','p86b346279f34',6,'cosigner','m40b9224c10eb','张晨萱','无党派人士','江川大学机械工程学院教授','江川市临江区长江路187号','15799327096',1,1);
INSERT INTO "proposer" VALUES('p4a40a84301dc/p0','p4a40a84301dc',0,'first','mbc6d896ce4d0','高翠玲','农业界','江川市众鑫种植专业合作社理事长','江川市川东区和平路116号','19390206583',NULL,1);
INSERT INTO "proposer" VALUES('p6bc28faba7aa/p0','p6bc28faba7aa',0,'first','mb6e7f2f7ae08','罗博勇','社会科学界','江川市社会科学院研究员','江川市川东区学府路276号','15039492019',1,1);
INSERT INTO "proposer" VALUES('p6bc28faba7aa/p1','p6bc28faba7aa',1,'cosigner','mb97adf06aa4d','刘立伟','教育界','凤鸣区实验幼儿园园长','江川市石桥县人民路281号','13158527053',1,1);
INSERT INTO "proposer" VALUES('p6bc28faba7aa/p2','p6bc28faba7aa',2,'cosigner','m36c06b6a9091','郭超','农业界','江川市农业科学院研究员','江川市江城区文化路32号','18259806658',NULL,1);
INSERT INTO "proposer" VALUES('p6b4bf99fa20d/p0','p6b4bf99fa20d',0,'first','m36c515565ced','孙晓霞','经济界','江川瑞丰科技有限公司财务总监','江川市高新区振兴路50号','13831342328',NULL,1);
INSERT INTO "proposer" VALUES('p2ce2fc0bd11d/p0','p2ce2fc0bd11d',0,'first','m2642da975074','杨晨萱','中国共产党','江川市人民政府参事','江川市临江区青年路146号','18178562020',NULL,1);
INSERT INTO "proposer" VALUES('p998d4eac221b/p0','p998d4eac221b',0,'first','m0e5ad785bb54','廖伟涛','文化艺术界','江川市文化馆馆长','江川市石桥县光明路207号','13206339224',1,1);
INSERT INTO "proposer" VALUES('p998d4eac221b/p1','p998d4eac221b',1,'cosigner','mb2bb7b2b99d1','梁学豪','文化艺术界','江川市图书馆馆长','江川市临江区光明路26号','15269016371',1,1);
INSERT INTO "proposer" VALUES('p998d4eac221b/p2','p998d4eac221b',2,'cosigner','m7f3d279c7472','张若琳','医药卫生界','江川市第一人民医院心内科主任','江川市临江区光明路33号','13044233585',1,1);
INSERT INTO "proposer" VALUES('pffe221be386a/p0','pffe221be386a',0,'first','m5c6cf200c677','何文成','中国民主建国会','江川鼎盛环保科技有限公司党委书记','江川市高新区建设路180号','13875205444',1,1);
INSERT INTO "proposer" VALUES('pffe221be386a/p1','pffe221be386a',1,'cosigner','mb2378e785d4d','赵健','中国民主建国会','江川农商银行副行长','江川市凤鸣区文化路345号','19539902103',1,1);
INSERT INTO "proposer" VALUES('pffe221be386a/p2','pffe221be386a',2,'cosigner','m25b7a1c4edd8','李淑丽','医药卫生界','江川市妇幼保健院副院长','江川市江城区振兴路301号','15777702557',1,1);
INSERT INTO "proposer" VALUES('pffe221be386a/p3','pffe221be386a',3,'cosigner','mc6f90c60ac88','潘翠燕','社会科学界','中共江川市委党校教授','江川市临江区文化路285号','19590453321',1,1);
INSERT INTO "proposer" VALUES('pffe221be386a/p4','pffe221be386a',4,'cosigner','mbf9d61d09dc7','赵平','中国民主建国会','江川天成新材料股份有限公司总经理','江川市梅溪县建设路348号','19538858519',0,1);
INSERT INTO "proposer" VALUES('pf567bea9a48d/p0','pf567bea9a48d',0,'first','m961540e0adfd','张颖','科协','江川市农业科学院研究员','江川市临江区迎宾大道332号','15598470271',1,1);
INSERT INTO "proposer" VALUES('pf567bea9a48d/p1','pf567bea9a48d',1,'cosigner','md5be6daf0a11','王娟','科协','江川大学医学院教授','江川市凤鸣区学府路94号','19913980014',1,1);
INSERT INTO "proposer" VALUES('pb8c8ced44d46/p0','pb8c8ced44d46',0,'first','mbdc901b925ff','李婷婷','中国农工民主党','江川市妇幼保健院副院长','江川市高新区光明路27号','18316080546',NULL,1);
INSERT INTO "proposer" VALUES('p8b6bd2aa12a9/p0','p8b6bd2aa12a9',0,'first','ma93b4e3e7b1b','王海宇','少数民族界','江川众鑫物流有限公司总经理','江川市川东区人民路159号','18712711284',1,1);
INSERT INTO "proposer" VALUES('p8b6bd2aa12a9/p1','p8b6bd2aa12a9',1,'cosigner','m54afb2786e4d','张子斌','少数民族界','川东区民族宗教事务局副局长','江川市临江区长江路36号','18925652166',NULL,1);
INSERT INTO "proposer" VALUES('p8b6bd2aa12a9/p2','p8b6bd2aa12a9',2,'cosigner','mbf62863e61d4','李浩','少数民族界','江川市民族中学校长','江川市江城区锦绣大道228号','19967940585',1,1);
INSERT INTO "proposer" VALUES('peccf8e225499/p0','peccf8e225499',0,'first','m55839daa7162','李丽','中国致公党','江川同创新材料股份有限公司财务总监','江川市江城区人民路370号','19868475503',NULL,1);
INSERT INTO "proposer" VALUES('p7f35648e0ac8/p0','p7f35648e0ac8',0,'first','m2359d757a585','周德华','九三学社','江川医学院附属医院心内科教授','江川市临江区青年路237号','18934208611',1,1);
INSERT INTO "proposer" VALUES('p7f35648e0ac8/p1','p7f35648e0ac8',1,'cosigner','m83467cf139b3','卢欣颖','九三学社','石桥县教育局副局长','江川市高新区长江路191号','13318697870',1,1);
INSERT INTO "proposer" VALUES('p7f35648e0ac8/p2','p7f35648e0ac8',2,'cosigner','m88543cc6349d','罗秀琴','九三学社','临江区中心小学校长','江川市高新区文化路267号','15102056249',NULL,1);
INSERT INTO "proposer" VALUES('p7f35648e0ac8/p3','p7f35648e0ac8',3,'cosigner','mdc59cd293986','李淑琳','九三学社','梅溪县桃源镇社区卫生服务中心主任','江川市石桥县长江路344号','18611396468',1,1);
CREATE TABLE reason (
	id VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	active BOOLEAN NOT NULL, 
	present BOOLEAN NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "reason" VALUES('r1825016acecf','涉及党和国家秘密',0,1,1);
INSERT INTO "reason" VALUES('r7382aaf49502','国家明令禁止',1,1,1);
INSERT INTO "reason" VALUES('r8f6ed1b8dbf7','党员对党内组织、人事安排的意见',2,1,1);
INSERT INTO "reason" VALUES('r187b95ad5da3','民主党派成员反映本组织内部问题',3,1,1);
INSERT INTO "reason" VALUES('rdfefe0d085ac','已进入诉讼或仲裁程序',4,1,1);
INSERT INTO "reason" VALUES('r710e6462f820','学术研讨',5,1,1);
INSERT INTO "reason" VALUES('r41a3f758751c','为本人或亲属解决个人问题',6,1,1);
INSERT INTO "reason" VALUES('rfe13e18c8ccd','宣传推介具体作品或产品',7,1,1);
INSERT INTO "reason" VALUES('r01474afb6d8d','指名举报',8,1,1);
INSERT INTO "reason" VALUES('r1ee95390c4ce','内容空泛、没有具体建议',9,1,1);
INSERT INTO "reason" VALUES('rd6bce052db36','信访、涉诉事项',10,1,1);
INSERT INTO "reason" VALUES('rdbee45f801a7','涉及个人隐私和商业秘密',11,1,1);
INSERT INTO "reason" VALUES('r67b526d94774','超越本级事权',12,1,1);
CREATE TABLE review_group (
	id VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	reviewers JSON NOT NULL, 
	present BOOLEAN NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE search_doc ( rowid INTEGER PRIMARY KEY, proposal_id TEXT NOT NULL UNIQUE, body TEXT NOT NULL);
INSERT INTO "search_doc" VALUES(1,'p15e7851fb214','关于以“小切口”弘扬企业家精神的提案
民营经济人士是增强发展新动能的重要内容，也是市委、市政府近年来着力推进的一项重点工作。当前，各地围绕民营经济人士的竞争日趋激烈，我市面临“不进则退、慢进亦退”的压力。深圳等地在民间投资方面已经探索出较为成熟的经验做法，值得我市学习借鉴。群众对民间投资的意见和建议较为集中。企业家已成为衡量民营经济人士水平的重要指标。特别是在市场准入方面，仍有较大的提升空间。
与群众期盼相比，我市民营经济人士还存在不少问题：
一是民间投资增速放缓，民营企业参与重大项目渠道不畅，亟待加以解决。二是民营企业家代际传承面临挑战，年轻一代企业家培养不足，影响了政策效果的发挥。三是部分领域仍存在隐性门槛，市场准入“玻璃门”尚未完全破除，在一定程度上制约了民营经济人士的健康发展。这一问题已多年存在，至今未得到根本解决。四是信息化建设相对滞后，数据共享和智慧化管理水平不高，给群众生产生活带来诸多不便。部分基层干部对此认识不足，存在等靠要思想。五是考核评价和监督机制不完善，部分政策措施落实不到位，相关工作的整体成效因此打了折扣。
一是定期向民间资本推介重大项目清单，形成可复制可推广的经验做法。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。二是实施新生代企业家“薪火传承”培养计划，切实解决群众“急难愁盼”问题。加强与周边城市的交流合作，实现资源共享、优势互补。三是全面清理妨碍公平竞争的规定和做法，并定期向社会公布进展情况。要充分听取群众和企业的意见，提高政策的针对性和可操作性。四是强化督查考核。将民营经济人士纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。可先选择梅溪县等条件较好的区域开展试点，成熟后在全市推广。五是加大资金投入。将民营经济人士相关经费纳入年度财政预算，建立稳定增长的投入保障机制，积极引导社会资本参与，力争用两到三年时间取得明显成效。
希望有关部门高度重视，认真研究采纳，切实推动民营经济人士取得实效。
市发改委 中共江川市委统一战线工作部 市工商联
王晶
经济界
朱志军
经济界
刘春林
经济界
市民政局
市民政局
市财政局
市财政局');
INSERT INTO "search_doc" VALUES(2,'p2ce2fc0bd11d','关于以“小切口”推动老字号品牌焕新的提案
老字号是打造一流营商环境的重要内容，也是市委、市政府近年来着力推进的一项重点工作。当前，各地围绕老字号的竞争日趋激烈，我市面临“不进则退、慢进亦退”的压力。宁波等地在品牌焕新方面已经探索出较为成熟的经验做法，值得我市学习借鉴。特别是在品牌焕新方面，仍有较大的提升空间。其中，传统技艺问题尤为群众关注。老字号已成为衡量老字号水平的重要指标。
当前，我市老字号仍存在一些短板和不足，主要表现在：
一是部分老字号经营困难，面临传承断档，与高质量发展的要求还不相适应。二是老字号集中展示平台缺乏，在一定程度上制约了老字号的健康发展。三是老字号产品创新不足，难以适应消费升级，相关工作的整体成效因此打了折扣。四是政策宣传解读不到位，群众对品牌焕新相关政策的知晓率不高，影响了政策效果的发挥。五是考核评价和监督机制不完善，部分政策措施落实不到位，群众对此反映较为强烈。据反映，这一问题在江城区等地尤为突出。六是专业人才队伍建设滞后，基层工作力量相对薄弱。
一是支持老字号开展跨界合作和国潮创新，形成可复制可推广的经验做法。同时，要加强部门之间的沟通协作，形成工作合力。二是建立老字号名录和分级保护制度，切实解决群众“急难愁盼”问题。建立健全工作台账，实行清单化管理、项目化推进。三是建设老字号集聚街区，并定期向社会公布进展情况。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。四是强化督查考核。将老字号纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。建议由市商务局牵头制定具体实施方案，明确时间表和路线图。要充分听取群众和企业的意见，提高政策的针对性和可操作性。五是加强统筹协调。建议由市商务局牵头，会同相关部门建立联席会议制度，定期研究解决老字号中的重点难点问题。可先选择梅溪县等条件较好的区域开展试点，成熟后在全市推广。六是强化数字赋能。运用大数据、物联网等信息化手段，提升老字号的精细化、智能化管理水平，力争用两到三年时间取得明显成效。
市商务局 市市场监管局 市文广旅局
杨晨萱
中国共产党');
INSERT INTO "search_doc" VALUES(3,'p4a40a84301dc','关于推进老化燃气管道更新改造助力提升群众获得感幸福感的提案
党的二十大和二十届三中全会对餐饮场所燃气安全作出了重要部署，省委、省政府也相继出台了配套政策。餐饮场所燃气安全关系千家万户，是重要的民生工程，也是群众关心关注的热点问题。据调研，截至2025年底，全市报警装置相关工作的覆盖率约为30%，与先进城市相比仍有差距。其中，安全检查问题尤为群众关注。报警装置已成为衡量餐饮场所燃气安全水平的重要指标。群众对瓶装液化气的意见和建议较为集中。
当前，我市餐饮场所燃气安全仍存在一些短板和不足，主要表现在：
1.餐饮场所燃气报警装置安装率不高，在一定程度上制约了餐饮场所燃气安全的健康发展。
2.瓶装液化气配送环节监管薄弱，亟待加以解决。
3.部分老旧燃气管道超期服役，泄漏风险高，与高质量发展的要求还不相适应。部分基层干部对此认识不足，存在等靠要思想。
一是强制餐饮场所安装可燃气体报警装置。建议由市住房和城乡建设局牵头制定具体实施方案，明确时间表和路线图。二是推行瓶装液化气“一瓶一码”全程追溯，形成可复制可推广的经验做法。三是加快老化燃气管道更新改造。可先选择江城区等条件较好的区域开展试点，成熟后在全市推广。四是加强统筹协调。建议由市住房和城乡建设局牵头，会同江川市消防救援支队、市应急管理局建立联席会议制度，定期研究解决餐饮场所燃气安全中的重点难点问题，并定期向社会公布进展情况。五是借鉴先进经验。学习南京等地在报警装置方面的成功做法，结合我市实际探索创新，切实解决群众“急难愁盼”问题。六是强化人才支撑。加强安全检查相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。
市住建局
高翠玲
农业界');
INSERT INTO "search_doc" VALUES(4,'p6b4bf99fa20d','关于促进残疾人就业的提案
近年来，在市委、市政府的坚强领导下，我市孤独症儿童康复工作稳步推进，残疾人等方面有了明显改善。做好孤独症儿童康复工作，是践行以人民为中心发展思想、办好民生实事的重要内容。苏州等地在残疾人方面已经探索出较为成熟的经验做法，值得我市学习借鉴。据不完全统计，近三年来市政协委员围绕孤独症儿童康复提出提案17件，社会关注度持续较高。残疾人已成为衡量孤独症儿童康复水平的重要指标。特别是在孤独症方面，仍有较大的提升空间。
与群众期盼相比，我市孤独症儿童康复还存在不少问题：
一是辅助器具适配服务覆盖不全，在一定程度上制约了孤独症儿童康复的健康发展。二是孤独症儿童康复机构少、费用高。三是残疾人就业渠道窄，按比例安排就业落实不够，给群众生产生活带来诸多不便。四是政策宣传解读不到位，群众对残疾人相关政策的知晓率不高。五是专业人才队伍建设滞后，基层工作力量相对薄弱，影响了政策效果的发挥。六是城乡、区域之间发展不平衡，农村和偏远地区短板较为明显。
（一）建设残疾人辅助器具租赁服务网点，形成可复制可推广的经验做法。加强与周边城市的交流合作，实现资源共享、优势互补。
（二）落实用人单位按比例安排残疾人就业制度。建议由市残疾人联合会牵头制定具体实施方案，明确时间表和路线图。同时，要加强部门之间的沟通协作，形成工作合力。
（三）将孤独症儿童康复纳入医保和救助范围，并定期向社会公布进展情况。对工作成效明显的区县和单位给予表彰奖励。
（四）强化督查考核。将孤独症儿童康复纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，力争用两到三年时间取得明显成效。要充分听取群众和企业的意见，提高政策的针对性和可操作性。
（五）强化数字赋能。运用大数据、物联网等信息化手段，提升孤独症儿童康复的精细化、智能化管理水平。可先选择江城区等条件较好的区域开展试点，成熟后在全市推广。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。
（六）强化人才支撑。加强孤独症相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍，切实解决群众“急难愁盼”问题。建立健全工作台账，实行清单化管理、项目化推进。
孙晓霞
经济界');
INSERT INTO "search_doc" VALUES(5,'p6bc28faba7aa','关于坚持问题导向加强历史文化街区保护利用的提案
历史文化名城保护是建设文化强市的重要内容，也是市委、市政府近年来着力推进的一项重点工作。历史文化名城保护是建设文化强市的重要内容，对于满足人民群众精神文化需求、增强城市软实力具有重要意义。笔者在调研中走访了10个街道（乡镇）和9家单位，发现保护修缮问题在部分区域较为突出。其中，历史建筑问题尤为群众关注。特别是在保护修缮方面，仍有较大的提升空间。业态已成为衡量历史文化名城保护水平的重要指标。
当前，我市历史文化名城保护仍存在一些短板和不足，主要表现在：
一是部分历史建筑年久失修，保护修缮资金不足，相关工作的整体成效因此打了折扣。据反映，这一问题在江城区等地尤为突出。二是保护与居民生活改善存在矛盾，影响了政策效果的发挥。三是街区业态同质化，商业气息过浓，给群众生产生活带来诸多不便。四是政策宣传解读不到位，群众对历史建筑相关政策的知晓率不高，亟待加以解决。究其原因，主要是相关配套政策不够完善、责任落实不够到位。五是考核评价和监督机制不完善，部分政策措施落实不到位，在一定程度上制约了历史文化名城保护的健康发展。六是城乡、区域之间发展不平衡，农村和偏远地区短板较为明显，群众对此反映较为强烈。
为进一步做好历史文化名城保护工作，建议：
（一）探索历史建筑认领保护和活化利用机制，力争用两到三年时间取得明显成效。对工作成效明显的区县和单位给予表彰奖励。
（二）改善街区居民生活设施。可先选择川东区等条件较好的区域开展试点，成熟后在全市推广。建立健全工作台账，实行清单化管理、项目化推进。
（三）开展历史建筑普查建档和挂牌保护，并定期向社会公布进展情况。加强与周边城市的交流合作，实现资源共享、优势互补。
（四）强化督查考核。将历史文化名城保护纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，形成可复制可推广的经验做法。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。
（五）借鉴先进经验。学习无锡等地在历史建筑方面的成功做法，结合我市实际探索创新，切实解决群众“急难愁盼”问题。要充分听取群众和企业的意见，提高政策的针对性和可操作性。
（六）强化人才支撑。加强保护修缮相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。建议由市自然资源和规划局牵头制定具体实施方案，明确时间表和路线图。同时，要加强部门之间的沟通协作，形成工作合力。
市自然资源和规划局 各区人民政府 市旅游局
罗博勇
社会科学界
刘立伟
教育界
郭超
农业界');
INSERT INTO "search_doc" VALUES(6,'p7f35648e0ac8','关于持续规范装修垃圾收运处置的提案
近年来，在市委、市政府的坚强领导下，我市建筑垃圾治理工作稳步推进，资源化等方面有了明显改善。建筑垃圾治理是生态文明建设的重要内容，事关人民群众身体健康和城市可持续发展。据调研，截至2025年底，全市资源化相关工作的覆盖率约为34%，与先进城市相比仍有差距。其中，渣土车问题尤为群众关注。群众对资源化的意见和建议较为集中。特别是在装修垃圾方面，仍有较大的提升空间。
经调研发现，主要存在以下几个方面的问题：
一是建筑垃圾资源化利用率低。二是装修垃圾收运渠道不畅，影响了政策效果的发挥。三是建筑垃圾偷倒乱倒现象时有发生。四是部门之间协同联动不够，信息共享和工作衔接不畅，存在“多头管理、各管一段”的现象，与高质量发展的要求还不相适应。五是信息化建设相对滞后，数据共享和智慧化管理水平不高。六是资金保障机制不健全，主要依靠财政投入，社会资本参与的积极性不高。
为此，建议：
1.建设建筑垃圾资源化利用项目。
2.在小区设置装修垃圾临时堆放点。建议由市住房和城乡建设局牵头制定具体实施方案，明确时间表和路线图。
3.建立建筑垃圾电子联单管理制度。
4.加强统筹协调。建议由市住房和城乡建设局牵头，会同相关部门建立联席会议制度，定期研究解决建筑垃圾治理中的重点难点问题。
5.加强宣传引导。充分利用报刊、电视、网络等媒体，广泛宣传装修垃圾相关政策，营造全社会共同关注的良好氛围。
6.强化人才支撑。加强资源化相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。
以上建议，供有关部门研究参考。
市城市管理和综合执法局 市公安局
周德华
九三学社
卢欣颖
九三学社
罗秀琴
九三学社
李淑琳
九三学社');
INSERT INTO "search_doc" VALUES(7,'p86b346279f34','关于补齐我市产业园区短板弱项的提案
近年来，在市委、市政府的坚强领导下，我市产业园区工作稳步推进，亩均效益等方面有了明显改善。当前，各地围绕产业园区的竞争日趋激烈，我市面临“不进则退、慢进亦退”的压力。2025年，市12345政务服务便民热线受理涉及标准厂房的群众诉求7433件，同比增长56%。笔者在调研中走访了10个街道（乡镇）和23家单位，发现标准厂房问题在部分区域较为突出。群众对亩均效益的意见和建议较为集中。特别是在标准厂房方面，仍有较大的提升空间。
与群众期盼相比，我市产业园区还存在不少问题：
（一）园区管理体制机制不顺，群众对此反映较为强烈。据反映，这一问题在梅溪县等地尤为突出。
（二）园区生活配套不足，难以留住人才，在一定程度上制约了产业园区的健康发展。这一问题已多年存在，至今未得到根本解决。
（三）部分园区亩均效益偏低，低效用地较多，给群众生产生活带来诸多不便。调研中，不少群众和企业对此反映较多。
（四）专业人才队伍建设滞后，基层工作力量相对薄弱，相关工作的整体成效因此打了折扣。
（五）考核评价和监督机制不完善，部分政策措施落实不到位，影响了政策效果的发挥。究其原因，主要是相关配套政策不够完善、责任落实不够到位。
（六）信息化建设相对滞后，数据共享和智慧化管理水平不高，亟待加以解决。
为此，建议：
一是推进低效用地再开发和“工业上楼”。可先选择川东区等条件较好的区域开展试点，成熟后在全市推广。二是完善园区生活配套，建设人才公寓，力争用两到三年时间取得明显成效。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。三是深化开发区管理体制改革，形成可复制可推广的经验做法。对工作成效明显的区县和单位给予表彰奖励。四是强化人才支撑。加强亩均效益相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍，切实解决群众“急难愁盼”问题。建立健全工作台账，实行清单化管理、项目化推进。五是强化督查考核。将产业园区纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，并定期向社会公布进展情况。加强与周边城市的交流合作，实现资源共享、优势互补。六是强化数字赋能。运用大数据、物联网等信息化手段，提升产业园区的精细化、智能化管理水平。建议由江川高新技术产业开发区管理委员会牵头制定具体实施方案，明确时间表和路线图。要充分听取群众和企业的意见，提高政策的针对性和可操作性。
张玉敏
无党派人士
李旭
无党派人士
朱国轩
教育界
李欣
无党派人士
程志明
无党派人士
赵欣萱
无党派人士
张晨萱
无党派人士');
INSERT INTO "search_doc" VALUES(8,'p8b6bd2aa12a9','关于持续提升学校课后服务质量的提案
近年来，我市高度重视课后服务工作，市教育局等部门出台了一系列政策措施，取得了积极成效。课后服务关系千家万户，是重要的民生工程，也是群众关心关注的热点问题。从调研情况看，全市课后服务总体呈现稳中向好的态势，但与人民群众的期待相比仍有一定差距。苏州等地在作业管理方面已经探索出较为成熟的经验做法，值得我市学习借鉴。隐形变异已成为衡量课后服务水平的重要指标。特别是在作业管理方面，仍有较大的提升空间。
经调研发现，主要存在以下几个方面的问题：
（一）课后服务内容单一，以看管和写作业为主，给群众生产生活带来诸多不便。
（二）教师课后服务负担较重，影响了政策效果的发挥。究其原因，主要是相关配套政策不够完善、责任落实不够到位。
（三）学科类校外培训隐形变异问题仍然存在，亟待加以解决。这一问题已多年存在，至今未得到根本解决。
（四）政策宣传解读不到位，群众对作业管理相关政策的知晓率不高，群众对此反映较为强烈。
（五）城乡、区域之间发展不平衡，农村和偏远地区短板较为明显，与高质量发展的要求还不相适应。
（六）部门之间协同联动不够，信息共享和工作衔接不畅，存在“多头管理、各管一段”的现象，在一定程度上制约了课后服务的健康发展。
针对上述问题，建议从以下几个方面着力：
（一）加强作业设计研究，提升作业质量。建议由市教育局牵头制定具体实施方案，明确时间表和路线图。对工作成效明显的区县和单位给予表彰奖励。
（二）引入体育、艺术、科技等优质资源丰富课后服务内容，并定期向社会公布进展情况。加强与周边城市的交流合作，实现资源共享、优势互补。
（三）落实教师课后服务补助，推行弹性上下班，切实解决群众“急难愁盼”问题。建立健全工作台账，实行清单化管理、项目化推进。
（四）强化人才支撑。加强隐形变异相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍，形成可复制可推广的经验做法。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。
（五）加强统筹协调。建议由市教育局牵头，会同共青团江川市委员会、市市场监督管理局、市体育局建立联席会议制度，定期研究解决课后服务中的重点难点问题。可先选择凤鸣区等条件较好的区域开展试点，成熟后在全市推广。要充分听取群众和企业的意见，提高政策的针对性和可操作性。
（六）强化督查考核。将课后服务纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，力争用两到三年时间取得明显成效。同时，要加强部门之间的沟通协作，形成工作合力。
市教育局
王海宇
少数民族界
张子斌
少数民族界
李浩
少数民族界');
INSERT INTO "search_doc" VALUES(9,'p8f9dc7227f97','关于进一步活化利用历史建筑的提案
随着经济社会的快速发展和人民群众需求的不断升级，历史建筑日益成为社会关注的热点问题。我市历史悠久、文化底蕴深厚，做好历史建筑工作具有得天独厚的条件。2025年，市12345政务服务便民热线受理涉及业态的群众诉求470件，同比增长30%。业态已成为衡量历史建筑水平的重要指标。特别是在保护修缮方面，仍有较大的提升空间。群众对街区的意见和建议较为集中。
经调研发现，主要存在以下几个方面的问题：
一是街区业态同质化，商业气息过浓，群众对此反映较为强烈。二是部分历史建筑年久失修，保护修缮资金不足，给群众生产生活带来诸多不便。三是保护与居民生活改善存在矛盾，亟待加以解决。究其原因，主要是相关配套政策不够完善、责任落实不够到位。四是考核评价和监督机制不完善，部分政策措施落实不到位，与高质量发展的要求还不相适应。据反映，这一问题在梅溪县等地尤为突出。五是政策宣传解读不到位，群众对业态相关政策的知晓率不高，影响了政策效果的发挥。六是资金保障机制不健全，主要依靠财政投入，社会资本参与的积极性不高，相关工作的整体成效因此打了折扣。这一问题已多年存在，至今未得到根本解决。
对此，提出如下建议：
1.开展历史建筑普查建档和挂牌保护，形成可复制可推广的经验做法。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。
2.引入文化类业态，控制同质化商业，并定期向社会公布进展情况。加强与周边城市的交流合作，实现资源共享、优势互补。
3.探索历史建筑认领保护和活化利用机制，力争用两到三年时间取得明显成效。要充分听取群众和企业的意见，提高政策的针对性和可操作性。
4.加强宣传引导。充分利用报刊、电视、网络等媒体，广泛宣传街区相关政策，营造全社会共同关注的良好氛围，切实解决群众“急难愁盼”问题。同时，要加强部门之间的沟通协作，形成工作合力。
5.强化督查考核。将历史建筑纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。可先选择梅溪县等条件较好的区域开展试点，成熟后在全市推广。建立健全工作台账，实行清单化管理、项目化推进。
6.加大资金投入。将历史建筑相关经费纳入年度财政预算，建立稳定增长的投入保障机制，积极引导社会资本参与。建议由市自然资源和规划局牵头制定具体实施方案，明确时间表和路线图。对工作成效明显的区县和单位给予表彰奖励。
建议交办
市自然资源规划局
冯俊峰
医药卫生界');
INSERT INTO "search_doc" VALUES(10,'p998d4eac221b','关于做好我市二次供水相关工作的提案
近年来，在市委、市政府的坚强领导下，我市二次供水工作稳步推进，供水管网等方面有了明显改善。良好生态环境是最普惠的民生福祉，做好二次供水工作是建设美丽江川的必然要求。据不完全统计，近三年来市政协委员围绕二次供水提出提案9件，社会关注度持续较高。其中，供水管网问题尤为群众关注。二次供水已成为衡量二次供水水平的重要指标。
当前，我市二次供水仍存在一些短板和不足，主要表现在：
（一）部分水源保护区内存在违规活动，影响了政策效果的发挥。
（二）二次供水设施管理主体不清，水质隐患较多，给群众生产生活带来诸多不便。
（三）农村供水保障水平不高，相关工作的整体成效因此打了折扣。
（四）考核评价和监督机制不完善，部分政策措施落实不到位，与高质量发展的要求还不相适应。
（五）政策宣传解读不到位，群众对二次供水相关政策的知晓率不高，亟待加以解决。
为进一步做好二次供水工作，建议：
1.推行二次供水设施统建统管。可先选择江城区等条件较好的区域开展试点，成熟后在全市推广。
2.开展水源保护区专项整治，力争用两到三年时间取得明显成效。
3.定期公开供水水质信息。
4.加强统筹协调。建议由市水务局牵头，会同市生态环境局建立联席会议制度，定期研究解决二次供水中的重点难点问题，形成可复制可推广的经验做法。
5.强化人才支撑。加强供水管网相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。
6.强化督查考核。将二次供水纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。建议由市水务局牵头制定具体实施方案，明确时间表和路线图。
市水务局 市卫健委
廖伟涛
文化艺术界
梁学豪
文化艺术界
张若琳
医药卫生界');
INSERT INTO "search_doc" VALUES(11,'pb764102ce850','关于进一步深化集团化办学的提案
城乡教育一体化是办好民生实事的重要内容，也是市委、市政府近年来着力推进的一项重点工作。城乡教育一体化关系千家万户，是重要的民生工程，也是群众关心关注的热点问题。从调研情况看，全市城乡教育一体化总体呈现稳中向好的态势，但与人民群众的期待相比仍有一定差距。苏州等地在教师交流方面已经探索出较为成熟的经验做法，值得我市学习借鉴。群众对学位供给的意见和建议较为集中。特别是在教师交流方面，仍有较大的提升空间。
与群众期盼相比，我市城乡教育一体化还存在不少问题：
一是新建小区学位配套滞后，群众对此反映较为强烈。究其原因，主要是相关配套政策不够完善、责任落实不够到位。二是教师交流轮岗制度落实不到位，影响了政策效果的发挥。这一问题已多年存在，至今未得到根本解决。三是城区学校大班额与乡村学校“空心化”并存，相关工作的整体成效因此打了折扣。部分基层干部对此认识不足，存在等靠要思想。四是信息化建设相对滞后，数据共享和智慧化管理水平不高，亟待加以解决。调研中，不少群众和企业对此反映较多。五是城乡、区域之间发展不平衡，农村和偏远地区短板较为明显，在一定程度上制约了城乡教育一体化的健康发展。这一问题已多年存在，至今未得到根本解决。六是部门之间协同联动不够，信息共享和工作衔接不畅，存在“多头管理、各管一段”的现象，与高质量发展的要求还不相适应。据反映，这一问题在梅溪县等地尤为突出。
为此，建议：
一是将学校建设纳入新建小区配套同步规划建设。可先选择凤鸣区等条件较好的区域开展试点，成熟后在全市推广。对工作成效明显的区县和单位给予表彰奖励。二是扩大集团化办学覆盖面，推动优质资源共享，力争用两到三年时间取得明显成效。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。三是实施乡村学校办学条件提升工程，切实解决群众“急难愁盼”问题。建立健全工作台账，实行清单化管理、项目化推进。四是加大资金投入。将城乡教育一体化相关经费纳入年度财政预算，建立稳定增长的投入保障机制，积极引导社会资本参与，形成可复制可推广的经验做法。同时，要加强部门之间的沟通协作，形成工作合力。五是强化督查考核。将城乡教育一体化纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，并定期向社会公布进展情况。加强与周边城市的交流合作，实现资源共享、优势互补。六是加强宣传引导。充分利用报刊、电视、网络等媒体，广泛宣传学位供给相关政策，营造全社会共同关注的良好氛围。建议由市教育局牵头制定具体实施方案，明确时间表和路线图。要充分听取群众和企业的意见，提高政策的针对性和可操作性。
以上建议，供有关部门研究参考。
市教育局 市财政局
潘若涵
体育界');
INSERT INTO "search_doc" VALUES(12,'pb8c8ced44d46','关于我市生育友好型社会现状与对策的提案
近年来，在市委、市政府的坚强领导下，我市生育友好型社会工作稳步推进，妇幼保健等方面有了明显改善。生育友好型社会关系千家万户，是重要的民生工程，也是群众关心关注的热点问题。笔者在调研中走访了11个街道（乡镇）和23家单位，发现妇幼保健问题在部分区域较为突出。据调研，截至2025年底，全市妇幼保健相关工作的覆盖率约为38%，与先进城市相比仍有差距。群众对妇幼保健的意见和建议较为集中。其中，生育补贴问题尤为群众关注。
但从调研情况看，仍存在以下问题：
一是育儿假等制度在企业落实不到位，在一定程度上制约了生育友好型社会的健康发展。二是生育成本高，家庭生育意愿不强，相关工作的整体成效因此打了折扣。三是辅助生殖技术纳入医保范围有限。四是城乡、区域之间发展不平衡，农村和偏远地区短板较为明显，给群众生产生活带来诸多不便。五是专业人才队伍建设滞后，基层工作力量相对薄弱，与高质量发展的要求还不相适应。
针对上述问题，建议从以下几个方面着力：
1.推动企业落实育儿假，给予企业社保补贴。可先选择青山区等条件较好的区域开展试点，成熟后在全市推广。
2.探索发放育儿补贴，形成可复制可推广的经验做法。
3.提升妇幼保健机构服务能力，切实解决群众“急难愁盼”问题。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。
4.强化督查考核。将生育友好型社会纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，力争用两到三年时间取得明显成效。要充分听取群众和企业的意见，提高政策的针对性和可操作性。
市卫生健康委员会
李婷婷
中国农工民主党');
INSERT INTO "search_doc" VALUES(13,'pc263590cac89','关于重视协商民主问题的提案
党的二十大和二十届三中全会对协商民主作出了重要部署，省委、省政府也相继出台了配套政策。做好协商民主工作，是坚持以人民为中心发展思想的具体体现。深圳等地在协商议事方面已经探索出较为成熟的经验做法，值得我市学习借鉴。2025年，市12345政务服务便民热线受理涉及协商议事的群众诉求3910件，同比增长43%。协商议事已成为衡量协商民主水平的重要指标。群众对委员工作室的意见和建议较为集中。
经调研发现，主要存在以下几个方面的问题：
1.协商成果采纳落实反馈机制不完善，亟待加以解决。
2.基层协商议事平台作用发挥不充分，相关工作的整体成效因此打了折扣。调研中，不少群众和企业对此反映较多。
3.委员履职平台和数字化手段不足，群众对此反映较为强烈。据反映，这一问题在凤鸣区等地尤为突出。
4.考核评价和监督机制不完善，部分政策措施落实不到位，影响了政策效果的发挥。这一问题已多年存在，至今未得到根本解决。
5.政策宣传解读不到位，群众对协商议事相关政策的知晓率不高，与高质量发展的要求还不相适应。究其原因，主要是相关配套政策不够完善、责任落实不够到位。
6.部门之间协同联动不够，信息共享和工作衔接不畅，存在“多头管理、各管一段”的现象，给群众生产生活带来诸多不便。部分基层干部对此认识不足，存在等靠要思想。
针对上述问题，建议从以下几个方面着力：
1.建立协商成果办理反馈和跟踪问效机制，力争用两到三年时间取得明显成效。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。
2.建设委员工作室和基层协商议事室，切实解决群众“急难愁盼”问题。加强与周边城市的交流合作，实现资源共享、优势互补。
3.开发委员履职数字平台，并定期向社会公布进展情况。同时，要加强部门之间的沟通协作，形成工作合力。
4.强化数字赋能。运用大数据、物联网等信息化手段，提升协商民主的精细化、智能化管理水平，形成可复制可推广的经验做法。要充分听取群众和企业的意见，提高政策的针对性和可操作性。
5.强化督查考核。将协商民主纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。建议由中共江川市委统一战线工作部牵头制定具体实施方案，明确时间表和路线图。对工作成效明显的区县和单位给予表彰奖励。
6.强化人才支撑。加强协商议事相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。可先选择临江区等条件较好的区域开展试点，成熟后在全市推广。建立健全工作台账，实行清单化管理、项目化推进。
以上建议，供有关部门研究参考。
陈文鹏
经济界');
INSERT INTO "search_doc" VALUES(14,'peccf8e225499','关于提升小餐饮食品安全水平、加强食品安全全链条监管的提案
近年来，我市高度重视食品安全工作，市市场监督管理局等部门出台了一系列政策措施，取得了积极成效。做好食品安全工作，是践行以人民为中心发展思想、办好民生实事的重要内容。据调研，截至2025年底，全市小餐饮相关工作的覆盖率约为49%，与先进城市相比仍有差距。2025年，市12345政务服务便民热线受理涉及小餐饮的群众诉求907件，同比增长35%。特别是在快检方面，仍有较大的提升空间。群众对小餐饮的意见和建议较为集中。
与群众期盼相比，我市食品安全还存在不少问题：
一是农产品农药残留快检覆盖面不够，相关工作的整体成效因此打了折扣。究其原因，主要是相关配套政策不够完善、责任落实不够到位。二是小作坊、小餐饮量大面广，监管力量不足，群众对此反映较为强烈。调研中，不少群众和企业对此反映较多。三是网络订餐“幽灵餐厅”问题时有发生，给群众生产生活带来诸多不便。据反映，这一问题在川东区等地尤为突出。四是政策宣传解读不到位，群众对小餐饮相关政策的知晓率不高，影响了政策效果的发挥。这一问题已多年存在，至今未得到根本解决。五是部门之间协同联动不够，信息共享和工作衔接不畅，存在“多头管理、各管一段”的现象，在一定程度上制约了食品安全的健康发展。据反映，这一问题在川东区等地尤为突出。六是考核评价和监督机制不完善，部分政策措施落实不到位，亟待加以解决。部分基层干部对此认识不足，存在等靠要思想。
为进一步做好食品安全工作，建议：
一是建立食品安全追溯体系，并定期向社会公布进展情况。建立健全工作台账，实行清单化管理、项目化推进。二是督促外卖平台落实入网审查责任，切实解决群众“急难愁盼”问题。同时，要加强部门之间的沟通协作，形成工作合力。三是推行小餐饮“明厨亮灶”和智慧监管，力争用两到三年时间取得明显成效。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。四是强化人才支撑。加强快检相关专业人才的培养和引进，建立完善激励机制，稳定基层工作队伍。建议由市市场监督管理局牵头制定具体实施方案，明确时间表和路线图。加强与周边城市的交流合作，实现资源共享、优势互补。五是强化督查考核。将食品安全纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。可先选择江城区等条件较好的区域开展试点，成熟后在全市推广。对工作成效明显的区县和单位给予表彰奖励。六是借鉴先进经验。学习南京等地在快检方面的成功做法，结合我市实际探索创新，形成可复制可推广的经验做法。要充分听取群众和企业的意见，提高政策的针对性和可操作性。
市市场监督管理局 市农业农村局
李丽
中国致公党');
INSERT INTO "search_doc" VALUES(15,'pf567bea9a48d','关于健全涉企诉求快速响应机制、深化“高效办成一件事”改革的提案
随着经济社会的快速发展和人民群众需求的不断升级，政务服务环境日益成为社会关注的热点问题。当前，各地围绕政务服务环境的竞争日趋激烈，我市面临“不进则退、慢进亦退”的压力。2025年市政府工作报告明确提出要加强政务服务环境，并将其列入年度重点工作。2025年，市12345政务服务便民热线受理涉及涉企服务的群众诉求4072件，同比增长24%。其中，审批时限问题尤为群众关注。涉企服务已成为衡量政务服务环境水平的重要指标。
但从调研情况看，仍存在以下问题：
（一）个别部门存在“新官不理旧账”问题，政务诚信有待提升。
（二）涉企检查仍存在多头检查、重复检查现象，影响了政策效果的发挥。
（三）部分惠企政策申报条件复杂、兑现周期长，企业获得感不强。
（四）资金保障机制不健全，主要依靠财政投入，社会资本参与的积极性不高。
（五）城乡、区域之间发展不平衡，农村和偏远地区短板较为明显。
一是推行跨部门“综合查一次”，严格控制涉企检查频次。二是全面推行惠企政策“免申即享”，建立政策兑现统一平台。三是建立企业诉求“接诉即办”闭环机制，定期公开办理情况。四是加大资金投入。将政务服务环境相关经费纳入年度财政预算，建立稳定增长的投入保障机制，积极引导社会资本参与，力争用两到三年时间取得明显成效。五是强化督查考核。将政务服务环境纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效。可先选择川东区等条件较好的区域开展试点，成熟后在全市推广。
希望有关部门高度重视，认真研究采纳，切实推动政务服务环境取得实效。
市发展和改革委员会
张颖
科协
王娟
科协');
INSERT INTO "search_doc" VALUES(16,'pffe221be386a','关于重视二次供水问题的提案
近年来，在市委、市政府的坚强领导下，我市二次供水工作稳步推进，二次供水等方面有了明显改善。二次供水是生态文明建设的重要内容，事关人民群众身体健康和城市可持续发展。2025年，市12345政务服务便民热线受理涉及二次供水的群众诉求4775件，同比增长57%。2025年市政府工作报告明确提出要加强二次供水，并将其列入年度重点工作。特别是在供水管网方面，仍有较大的提升空间。其中，二次供水问题尤为群众关注。
当前，我市二次供水仍存在一些短板和不足，主要表现在：
（一）二次供水设施管理主体不清，水质隐患较多，相关工作的整体成效因此打了折扣。
（二）部分水源保护区内存在违规活动，与高质量发展的要求还不相适应。究其原因，主要是相关配套政策不够完善、责任落实不够到位。
（三）农村供水保障水平不高，亟待加以解决。
（四）专业人才队伍建设滞后，基层工作力量相对薄弱，影响了政策效果的发挥。
（五）考核评价和监督机制不完善，部分政策措施落实不到位，给群众生产生活带来诸多不便。
（六）政策宣传解读不到位，群众对二次供水相关政策的知晓率不高，在一定程度上制约了二次供水的健康发展。
针对上述问题，建议从以下几个方面着力：
1.开展水源保护区专项整治，切实解决群众“急难愁盼”问题。建立健全工作台账，实行清单化管理、项目化推进。
2.定期公开供水水质信息。可先选择青山区等条件较好的区域开展试点，成熟后在全市推广。同时，要加强部门之间的沟通协作，形成工作合力。
3.推进城乡供水同源同网同质，力争用两到三年时间取得明显成效。对工作成效明显的区县和单位给予表彰奖励。
4.加强统筹协调。建议由市水务局牵头，会同市卫生健康委员会、江川市水务集团有限公司建立联席会议制度，定期研究解决二次供水中的重点难点问题。建议由市水务局牵头制定具体实施方案，明确时间表和路线图。相关部门要主动作为，及时研究解决推进中遇到的困难和问题。
5.强化督查考核。将二次供水纳入年度目标责任考核，定期开展督查评估，确保各项措施落地见效，形成可复制可推广的经验做法。要充分听取群众和企业的意见，提高政策的针对性和可操作性。
6.加强宣传引导。充分利用报刊、电视、网络等媒体，广泛宣传供水管网相关政策，营造全社会共同关注的良好氛围，并定期向社会公布进展情况。加强与周边城市的交流合作，实现资源共享、优势互补。
以上建议，供有关部门研究参考。
水利局
何文成
中国民主建国会
赵健
中国民主建国会
李淑丽
医药卫生界
潘翠燕
社会科学界
赵平
中国民主建国会');
CREATE TABLE search_key ( rowid INTEGER PRIMARY KEY, proposal_id TEXT NOT NULL UNIQUE);
INSERT INTO "search_key" VALUES(1,'p15e7851fb214');
INSERT INTO "search_key" VALUES(2,'p2ce2fc0bd11d');
INSERT INTO "search_key" VALUES(3,'p4a40a84301dc');
INSERT INTO "search_key" VALUES(4,'p6b4bf99fa20d');
INSERT INTO "search_key" VALUES(5,'p6bc28faba7aa');
INSERT INTO "search_key" VALUES(6,'p7f35648e0ac8');
INSERT INTO "search_key" VALUES(7,'p86b346279f34');
INSERT INTO "search_key" VALUES(8,'p8b6bd2aa12a9');
INSERT INTO "search_key" VALUES(9,'p8f9dc7227f97');
INSERT INTO "search_key" VALUES(10,'p998d4eac221b');
INSERT INTO "search_key" VALUES(11,'pb764102ce850');
INSERT INTO "search_key" VALUES(12,'pb8c8ced44d46');
INSERT INTO "search_key" VALUES(13,'pc263590cac89');
INSERT INTO "search_key" VALUES(14,'peccf8e225499');
INSERT INTO "search_key" VALUES(15,'pf567bea9a48d');
INSERT INTO "search_key" VALUES(16,'pffe221be386a');
CREATE TABLE sector (
	id VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	active BOOLEAN NOT NULL, 
	present BOOLEAN NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "sector" VALUES('se5f1095d8524','中国共产党',0,1,1);
INSERT INTO "sector" VALUES('sdcd27044c259','中国国民党革命委员会',1,1,1);
INSERT INTO "sector" VALUES('s27a68c349b6b','中国民主同盟',2,1,1);
INSERT INTO "sector" VALUES('s82eff92d9679','中国民主建国会',3,1,1);
INSERT INTO "sector" VALUES('s2a135a4a6407','中国民主促进会',4,1,1);
INSERT INTO "sector" VALUES('s39539621a91d','中国农工民主党',5,1,1);
INSERT INTO "sector" VALUES('s7ecf758008f1','中国致公党',6,1,1);
INSERT INTO "sector" VALUES('s685417bc8680','九三学社',7,1,1);
INSERT INTO "sector" VALUES('sfc6e3e9d9c73','台湾民主自治同盟',8,1,1);
INSERT INTO "sector" VALUES('s48c4b2883601','无党派人士',9,1,1);
INSERT INTO "sector" VALUES('s45691ce4fc68','共青团',10,1,1);
INSERT INTO "sector" VALUES('sd28e7719e752','总工会',11,1,1);
INSERT INTO "sector" VALUES('s27ffd5359de9','妇联',12,1,1);
INSERT INTO "sector" VALUES('s4fbb02c39177','科协',13,1,1);
INSERT INTO "sector" VALUES('s9ef960b8ce05','台联',14,1,1);
INSERT INTO "sector" VALUES('s5e6341b8d6b4','工商联',15,1,1);
INSERT INTO "sector" VALUES('sf35d7727aa49','文化艺术界',16,1,1);
INSERT INTO "sector" VALUES('sd721b939be74','科学技术界',17,1,1);
INSERT INTO "sector" VALUES('sb518e361bc91','社会科学界',18,1,1);
INSERT INTO "sector" VALUES('sb78c1a00915e','经济界',19,1,1);
INSERT INTO "sector" VALUES('s0de42b4fadca','农业界',20,1,1);
INSERT INTO "sector" VALUES('s5eef3c187969','教育界',21,1,1);
INSERT INTO "sector" VALUES('sabab712da0ad','体育界',22,1,1);
INSERT INTO "sector" VALUES('sf45ea24b73fd','新闻出版界',23,1,1);
INSERT INTO "sector" VALUES('se6717da8e990','医药卫生界',24,1,1);
INSERT INTO "sector" VALUES('sd902337602cf','对外友好界',25,1,1);
INSERT INTO "sector" VALUES('sac1c6cd06604','社会福利和社会保障界',26,1,1);
INSERT INTO "sector" VALUES('sb4ce1dc6a133','少数民族界',27,1,1);
INSERT INTO "sector" VALUES('s74026828780a','宗教界',28,1,1);
INSERT INTO "sector" VALUES('se18e87472cd2','特邀人士',29,1,1);
CREATE TABLE session_info (
	id VARCHAR NOT NULL, 
	committee VARCHAR NOT NULL, 
	term VARCHAR NOT NULL, 
	session VARCHAR NOT NULL, 
	year INTEGER NOT NULL, 
	handover_date VARCHAR, 
	case_no_format VARCHAR NOT NULL, 
	numbering_final BOOLEAN NOT NULL, 
	present BOOLEAN NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "session_info" VALUES('main','中国人民政治协商会议江川市委员会','十四届','五次会议',2026,'2026-02-20','第{n:04d}号',0,1);
CREATE TABLE undo_entry (
	position INTEGER NOT NULL, 
	action_id VARCHAR NOT NULL, 
	label VARCHAR NOT NULL, 
	undone BOOLEAN NOT NULL, 
	PRIMARY KEY (position)
);
INSERT INTO "undo_entry" VALUES(1,'71df382bd54f483293ce9b71a60eb239','decide.accept',0);
INSERT INTO "undo_entry" VALUES(2,'e9f4218267024ef2a4bd4b73c3c68827','decide.reject',0);
INSERT INTO "undo_entry" VALUES(3,'902e621299b9401995c2a73820fdeb41','merge.add',0);
INSERT INTO "undo_entry" VALUES(4,'23e40664b0f4490eb51e0d486dba58f4','units.assign',0);
INSERT INTO "undo_entry" VALUES(5,'0beafbdddc604d4fa3113ae5b4f90941','proposal.opinion',0);
INSERT INTO "undo_entry" VALUES(6,'338948cb37874c96bd7bbcb7e40f750c','note.add',0);
INSERT INTO "undo_entry" VALUES(7,'77dea90c6af2404087460aa610e69d1e','note.add',0);
INSERT INTO "undo_entry" VALUES(8,'90c7c9d5a4a54291b6532d3e01b0f301','decide.accept',0);
CREATE TABLE unit (
	id VARCHAR NOT NULL, 
	code VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	short_name VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	responsibilities TEXT NOT NULL, 
	aliases JSON NOT NULL, 
	position INTEGER NOT NULL, 
	active BOOLEAN NOT NULL, 
	present BOOLEAN NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "unit" VALUES('ufe7968ee0642','U001','市发展和改革委员会','市发改委','政府部门','负责拟订并组织实施全市国民经济和社会发展规划、年度计划。负责统筹推进重大项目建设，承担政府投资项目审批和价格管理工作。负责推进优化营商环境和社会信用体系建设。','["发改委", "市发展改革委", "市计委"]',0,1,1);
INSERT INTO "unit" VALUES('u064031acc20d','U002','市教育局','市教育局','政府部门','负责全市各级各类教育的统筹规划和协调管理。负责推进义务教育均衡发展和学前教育普及普惠，指导职业教育和继续教育工作。负责中小学校安全管理和教师队伍建设。','["教育局", "市教委", "市教育委员会"]',1,1,1);
INSERT INTO "unit" VALUES('u7acc96a9adde','U003','市科学技术局','市科技局','政府部门','负责拟订全市科技创新规划和政策并组织实施。负责科技成果转化、技术市场和高新技术企业培育工作。统筹推进创新平台和科技人才队伍建设。','["科技局", "市科委"]',2,1,1);
INSERT INTO "unit" VALUES('u7e9004c31eee','U004','市工业和信息化局','市工信局','政府部门','负责拟订全市工业和信息化发展规划并组织实施。负责推动先进制造业集群、专精特新中小企业培育和数字经济发展。承担中小企业服务和工业节能降耗工作。','["工信局", "市经信局", "市经济和信息化委员会"]',3,1,1);
INSERT INTO "unit" VALUES('u43c4b796bb49','U005','市公安局','市公安局','政府部门','负责全市社会治安管理和违法犯罪案件的预防、侦查工作。负责道路交通安全管理、户籍和出入境管理。组织开展电信网络诈骗防范和校园周边治安整治。','["公安局", "市交警支队", "交警支队"]',4,1,1);
INSERT INTO "unit" VALUES('uab0ea4add7d0','U006','市民政局','市民政局','政府部门','负责拟订全市养老服务体系建设规划并组织实施。负责社会救助、儿童福利、婚姻登记和殡葬管理工作。指导城乡社区治理，承担社会组织登记管理。','["民政局"]',5,1,1);
INSERT INTO "unit" VALUES('ua45aad0bc85a','U007','市司法局','市司法局','政府部门','负责统筹推进法治政府建设和行政复议、行政应诉工作。负责公共法律服务体系建设，指导人民调解、社区矫正和普法宣传工作。','["司法局"]',6,1,1);
INSERT INTO "unit" VALUES('u80014cfabd66','U008','市财政局','市财政局','政府部门','负责编制和执行全市财政预算，管理财政收支。负责政府债务、政府采购和财政资金绩效管理。统筹安排民生保障和重点项目资金。','["财政局"]',7,1,1);
INSERT INTO "unit" VALUES('ue841f8a66bf0','U009','市人力资源和社会保障局','市人社局','政府部门','负责全市就业创业、职业技能培训和人才引进工作。负责城乡社会保险制度的实施，承担劳动关系协调和劳动保障监察工作。','["人社局", "市劳动局", "市人力社保局"]',8,1,1);
INSERT INTO "unit" VALUES('u303bfccb09e2','U010','市自然资源和规划局','市自然资源规划局','政府部门','负责编制国土空间规划并监督实施。负责土地、矿产等自然资源的调查、确权和用途管制，承担耕地保护和建设用地审批工作。','["市国土局", "市规划局", "自然资源局"]',9,1,1);
INSERT INTO "unit" VALUES('u1802c5e256d5','U011','市生态环境局','市生态环境局','政府部门','负责全市生态环境保护的统筹协调和监督管理。负责大气、水、土壤、噪声污染防治，承担环境影响评价和生态环境执法工作。','["市环保局", "环保局"]',10,1,1);
INSERT INTO "unit" VALUES('u32af4c2962d5','U012','市住房和城乡建设局','市住建局','政府部门','负责全市住房保障、房地产市场监管和物业管理工作。负责城市更新、老旧小区改造和建筑市场监管，承担城镇燃气和建筑安全管理。','["住建局", "市建委", "建委"]',11,1,1);
INSERT INTO "unit" VALUES('uaec24217d718','U013','市城市管理和综合执法局','市城管局','政府部门','负责城市市容环境卫生、生活垃圾分类和市政设施管理。负责城市管理领域综合行政执法，承担占道经营、户外广告和城市照明管理工作。','["城管局", "市城市管理局", "市综合行政执法局"]',12,1,1);
INSERT INTO "unit" VALUES('u0074d15fa33b','U014','市交通运输局','市交通局','政府部门','负责全市公路、水路和城市公共交通的规划、建设与管理。负责道路运输市场监管，承担出租汽车和网络预约出租汽车管理工作。','["交通局", "市交通运输委"]',13,1,1);
INSERT INTO "unit" VALUES('ub4894f673ee6','U015','市水务局','市水务局','政府部门','负责全市水资源管理、防汛抗旱和水利工程建设。负责河湖长制日常工作，承担城市排水防涝和农村供水保障工作。','["市水利局", "水利局"]',14,1,1);
INSERT INTO "unit" VALUES('u265903ed7a7c','U016','市农业农村局','市农业农村局','政府部门','负责统筹推进乡村振兴战略实施。负责粮食和重要农产品生产、高标准农田建设和农产品质量安全监管，承担农村人居环境整治和农村集体经济发展指导工作。','["市农业局", "市农委", "市乡村振兴局", "市扶贫办"]',15,1,1);
INSERT INTO "unit" VALUES('u83aff68d586b','U017','市商务局','市商务局','政府部门','负责推动全市消费扩容提质和商贸流通体系建设。负责对外贸易、跨境电子商务和利用外资工作，承担老字号保护和会展经济发展工作。','["商务局", "市商务委"]',16,1,1);
INSERT INTO "unit" VALUES('u8dff5c9d11f4','U018','市文化广电旅游局','市文广旅局','政府部门','负责全市文化事业、文化产业和旅游业发展。负责非物质文化遗产保护、文物保护利用和公共文化服务体系建设，承担旅游市场监管和广播电视管理工作。','["市文旅局", "文旅局", "市文化局", "市旅游局"]',17,1,1);
INSERT INTO "unit" VALUES('udf868f0f708a','U019','市卫生健康委员会','市卫健委','政府部门','负责全市医疗卫生服务体系建设和公共卫生管理。负责推进公立医院改革、基层医疗卫生服务能力提升，承担托育服务、老龄健康和心理健康服务的统筹工作。','["卫健委", "市卫生局", "卫生局", "市卫计委"]',18,1,1);
INSERT INTO "unit" VALUES('u399f056c7df3','U020','市退役军人事务局','市退役军人局','政府部门','负责退役军人移交安置、就业创业和权益维护工作。负责退役军人服务保障体系建设，承担优抚褒扬和烈士纪念设施管理。','["退役军人事务局"]',19,1,1);
INSERT INTO "unit" VALUES('ud1315bfec3be','U021','市应急管理局','市应急局','政府部门','负责全市应急管理体系建设和安全生产综合监管。负责防灾减灾救灾和应急救援力量建设，承担生产安全事故调查处理工作。','["应急局", "市安监局"]',20,1,1);
INSERT INTO "unit" VALUES('uf8a82719dd1b','U022','市审计局','市审计局','政府部门','负责全市财政收支、重大政策措施落实情况和国有资产的审计监督。承担领导干部经济责任审计工作。','["审计局"]',21,1,1);
INSERT INTO "unit" VALUES('u13d04ece00b1','U023','市市场监督管理局','市市场监管局','政府部门','负责全市市场主体登记注册和市场秩序监管。负责食品安全、特种设备安全和产品质量监督管理，承担知识产权保护和价格监督检查工作。','["市场监管局", "市工商局", "工商局", "市质监局", "市食药监局"]',22,1,1);
INSERT INTO "unit" VALUES('u005cbe0f0a6b','U024','市体育局','市体育局','政府部门','负责统筹推进全民健身和竞技体育发展。负责公共体育设施规划建设和青少年体育工作，承担体育产业和体育赛事管理。','["体育局"]',23,1,1);
INSERT INTO "unit" VALUES('uf02af27f2299','U025','市统计局','市统计局','政府部门','负责全市统计调查和统计数据发布。承担国民经济核算和统计执法监督工作。','["统计局"]',24,1,1);
INSERT INTO "unit" VALUES('u8045fa37ef8c','U026','市医疗保障局','市医保局','政府部门','负责全市医疗保险、生育保险和医疗救助制度的实施。负责医保目录管理、支付方式改革和医药价格管理，承担医保基金监管工作。','["医保局"]',25,1,1);
INSERT INTO "unit" VALUES('u5a2fc2e6360c','U027','市林业局','市林业局','政府部门','负责全市林业和园林绿化的监督管理。负责森林资源保护、湿地保护和国土绿化工作，承担林长制日常工作。','["林业局", "市园林局"]',26,1,1);
INSERT INTO "unit" VALUES('uafca707a70d1','U028','市政务服务和数据管理局','市数据局','政府部门','负责全市政务服务体系建设和“一网通办”工作。负责数据资源统筹管理、公共数据开放和数字政府建设，承担12345政务服务便民热线管理工作。','["市大数据局", "市行政审批局", "市政务服务中心"]',27,1,1);
INSERT INTO "unit" VALUES('ucf34e57a9c5e','U029','市信访局','市信访局','政府部门','负责全市信访工作的组织协调和督查督办。承担信访事项受理和矛盾纠纷源头化解工作。','["信访局", "市信访办"]',28,1,1);
INSERT INTO "unit" VALUES('u60c1bdfd65ab','U030','市地方金融管理局','市金融局','政府部门','负责推动全市金融服务实体经济和金融业发展。负责地方金融组织监管和防范化解金融风险，承担企业上市培育和普惠金融工作。','["市金融办", "金融办", "市地方金融监督管理局"]',29,1,1);
INSERT INTO "unit" VALUES('u790864355a8f','U031','市人民政府国有资产监督管理委员会','市国资委','政府部门','负责监管市属国有企业国有资产。负责推进国有企业改革和布局结构调整，承担国企经营业绩考核工作。','["国资委"]',30,1,1);
INSERT INTO "unit" VALUES('u5342dd445678','U032','市总工会','市总工会','群团组织','负责维护职工合法权益，推动构建和谐劳动关系。负责职工技能提升和新就业形态劳动者服务工作，承担困难职工帮扶。','["总工会"]',31,1,1);
INSERT INTO "unit" VALUES('u080974e1f713','U033','共青团江川市委员会','团市委','群团组织','负责全市青少年思想引领和青年发展工作。负责青年就业创业服务、青少年权益维护和志愿服务工作。','["共青团市委", "市团委"]',32,1,1);
INSERT INTO "unit" VALUES('u46605741a1d3','U034','市妇女联合会','市妇联','群团组织','负责维护妇女儿童合法权益，推动妇女儿童发展规划实施。负责家庭家教家风建设和妇女创业就业服务。','["妇联"]',33,1,1);
INSERT INTO "unit" VALUES('uea1d7f247d3a','U035','市残疾人联合会','市残联','群团组织','负责残疾人康复、教育、就业和社会保障服务工作。负责推进无障碍环境建设和残疾人权益维护。','["残联"]',34,1,1);
INSERT INTO "unit" VALUES('u0b7bfa51ba8b','U036','市科学技术协会','市科协','群团组织','负责全民科学素质提升和科普工作。负责联系服务科技工作者，承担学会建设和决策咨询工作。','["科协"]',35,1,1);
INSERT INTO "unit" VALUES('ue3a28d0094a6','U037','国家税务总局江川市税务局','市税务局','垂直管理部门','负责全市税收征收管理和税费优惠政策落实。负责纳税服务和社会保险费征收工作。','["税务局", "市国税局", "市地税局"]',36,1,1);
INSERT INTO "unit" VALUES('u2b493fff7f50','U038','国网江川供电公司','市供电公司','企事业单位','负责全市电网规划建设和供电服务。负责电动汽车充电基础设施配套电网建设，承担电力保供和用电安全工作。','["供电局", "市供电局", "国网江川市供电公司"]',37,1,1);
INSERT INTO "unit" VALUES('u18251a39d013','U039','江川市中级人民法院','市中院','法院检察院','负责审理法律规定由中级人民法院管辖的案件。负责指导全市法院审判执行工作，推进诉源治理和多元解纷机制建设。','["中院", "市法院", "市中级人民法院"]',38,1,1);
INSERT INTO "unit" VALUES('u3ee0c4d40f72','U040','江川市人民检察院','市检察院','法院检察院','负责依法履行法律监督职能，开展刑事、民事、行政和公益诉讼检察工作。负责未成年人检察工作。','["检察院", "市人民检察院"]',39,1,1);
INSERT INTO "unit" VALUES('ud69be6acd088','U041','中共江川市委宣传部','市委宣传部','党委部门','负责全市理论武装、舆论宣传和精神文明建设工作。负责统筹文化事业和文化产业发展，承担新闻出版和电影管理工作。','["宣传部"]',40,1,1);
INSERT INTO "unit" VALUES('u0a5ae2ae349f','U042','中共江川市委组织部','市委组织部','党委部门','负责全市干部队伍和人才工作的统筹规划。负责基层党组织建设，承担人才引进培养的政策协调工作。','["组织部"]',41,1,1);
INSERT INTO "unit" VALUES('u34876b764712','U043','中共江川市委网络安全和信息化委员会办公室','市委网信办','党委部门','负责统筹协调全市网络安全、网络内容管理和信息化工作。负责网络生态治理和未成年人网络保护工作。','["网信办"]',42,1,1);
INSERT INTO "unit" VALUES('ucf40336e89b6','U044','中共江川市委统一战线工作部','市委统战部','党委部门','负责全市统一战线工作的统筹协调。负责民营经济人士、新的社会阶层人士和民族宗教工作的联系指导。','["统战部"]',43,1,1);
INSERT INTO "unit" VALUES('uf625284185d2','U045','中共江川市委政法委员会','市委政法委','党委部门','负责统筹推进平安江川、法治江川建设。负责市域社会治理现代化和矛盾纠纷多元化解工作。','["政法委"]',44,1,1);
INSERT INTO "unit" VALUES('ubcf5906d89f1','U046','中共江川市委社会工作部','市委社会工作部','党委部门','负责统筹推进党建引领基层治理和城乡社区建设。负责新就业群体党建、志愿服务和社会工作人才队伍建设。','["社会工作部", "市委社工部"]',45,1,1);
INSERT INTO "unit" VALUES('u453072111a66','U047','市住房公积金管理中心','市公积金中心','企事业单位','负责全市住房公积金的归集、提取、贷款和资金管理。负责推进灵活就业人员缴存住房公积金工作。','["公积金中心", "住房公积金中心"]',46,1,1);
INSERT INTO "unit" VALUES('ueb28406a3f12','U048','江川市公共交通集团有限公司','市公交集团','企事业单位','负责全市城市公交线路运营和公交场站管理。负责推进公交线网优化和新能源公交车更新工作。','["公交公司", "市公交公司"]',47,1,1);
INSERT INTO "unit" VALUES('uf1cd80f49fec','U049','江川市消防救援支队','市消防救援支队','垂直管理部门','负责全市火灾预防、消防监督检查和火灾扑救工作。负责高层建筑、电动自行车等消防安全隐患整治。','["消防支队", "市公安消防支队"]',48,1,1);
INSERT INTO "unit" VALUES('ud04bdd2aed6e','U050','江川市气象局','市气象局','垂直管理部门','负责全市气象监测预报和气象灾害预警工作。承担人工影响天气和气候资源开发利用工作。','["气象局"]',49,1,1);
INSERT INTO "unit" VALUES('ud91398e568ff','U051','各区人民政府','各区政府','政府部门','负责本辖区经济社会发展和公共服务。负责落实市级部署的各项民生实事和基层治理任务。','["区政府", "各区县政府", "各区县人民政府"]',50,1,1);
INSERT INTO "unit" VALUES('ud7f200fe1a95','U052','市民族宗教事务局','市民宗局','政府部门','负责全市民族团结进步创建和宗教事务管理工作。承担少数民族流动人口服务管理工作。','["民宗局", "市宗教局"]',51,1,1);
INSERT INTO "unit" VALUES('u41d50fc845bc','U053','市人民政府外事办公室','市外办','政府部门','负责全市外事工作和国际友好城市交往。承担外籍人士服务和涉外营商环境建设协调工作。','["外办"]',52,1,1);
INSERT INTO "unit" VALUES('ubba0938dd16f','U054','市投资促进局','市投促局','政府部门','负责全市招商引资的统筹协调和重大项目引进。承担总部经济和外资项目服务工作。','["市招商局", "招商局"]',53,1,1);
INSERT INTO "unit" VALUES('u45cdf66dba19','U055','市人民防空办公室','市人防办','政府部门','负责全市人民防空工程建设和管理。承担人防工程平战结合利用和防空警报设施管理工作。','["人防办", "市民防局"]',54,1,1);
INSERT INTO "unit" VALUES('u31e9a97eb7a8','U056','中国人民银行江川市分行','人行江川市分行','垂直管理部门','负责执行货币政策和金融稳定工作。负责推动普惠金融、绿色金融发展和征信体系建设。','["人民银行", "市人民银行", "人行"]',55,1,1);
INSERT INTO "unit" VALUES('ub81977564b82','U057','国家金融监督管理总局江川监管分局','江川金融监管分局','垂直管理部门','负责辖区银行业、保险业机构监管。负责推动金融机构加大小微企业和涉农信贷投放，承担金融消费者权益保护工作。','["江川银保监分局", "银保监分局"]',56,1,1);
INSERT INTO "unit" VALUES('u6a8979aa7929','U058','江川市邮政管理局','市邮政管理局','垂直管理部门','负责全市邮政和快递市场监管。负责推进快递进村和快递包装绿色转型工作。','["邮政管理局"]',57,1,1);
INSERT INTO "unit" VALUES('u1cddc1fd9f4f','U059','江川高新技术产业开发区管理委员会','高新区管委会','政府部门','负责高新区规划建设、产业发展和招商引资。负责园区科技创新平台建设和企业服务工作。','["高新区", "江川高新区"]',58,1,1);
INSERT INTO "unit" VALUES('u291fe7044760','U060','市文学艺术界联合会','市文联','群团组织','负责联系服务全市文艺工作者，组织文艺创作和文艺惠民活动。承担地方戏曲等传统艺术的传承推广工作。','["文联"]',59,1,1);
INSERT INTO "unit" VALUES('u5ff14aceb638','U061','市红十字会','市红十字会','群团组织','负责开展应急救护培训和人道救助工作。承担无偿献血、遗体器官捐献的宣传动员工作。','["红十字会"]',60,1,1);
INSERT INTO "unit" VALUES('u15ec784cdd64','U062','市工商业联合会','市工商联','群团组织','负责联系服务全市民营企业和商会组织。负责促进民营经济健康发展和民营经济人士健康成长。','["工商联"]',61,1,1);
INSERT INTO "unit" VALUES('uba1a7bcba84f','U063','江川市城市建设投资集团有限公司','市城投集团','企事业单位','负责全市重大基础设施和城市更新项目的投资建设运营。承担公共停车场等公共设施的建设管理。','["城投公司", "市城投公司"]',62,1,1);
INSERT INTO "unit" VALUES('u7b0c0dce03b1','U064','江川市水务集团有限公司','市水务集团','企事业单位','负责全市城乡供水、污水处理设施的建设运营。承担二次供水设施改造和供水服务保障。','["自来水公司", "市自来水公司"]',63,1,1);
INSERT INTO "unit" VALUES('u9a00ae83003b','U065','市机关事务管理局','市机关事务局','政府部门','负责市级机关后勤服务保障和公共机构节能工作。承担公务用车和办公用房管理。','["机关事务局"]',64,1,1);
CREATE INDEX ix_change_hlc ON change (hlc);
CREATE INDEX ix_change_entity ON change (entity_id, field);
CREATE INDEX ix_change_action ON change (action_id);
CREATE INDEX ix_head_conflict ON field_head (entity_id) WHERE conflict;
CREATE INDEX ix_member_name ON member (name);
CREATE INDEX ix_proposal_list ON proposal (intake_no, id, present, status, category_id, "key", group_id, merged_into);
CREATE INDEX ix_proposal_status ON proposal (status);
CREATE INDEX ix_proposal_merged_into ON proposal (merged_into);
CREATE INDEX ix_archive_year ON archive_case (year);
CREATE INDEX ix_proposer_proposal ON proposer (proposal_id, position);
CREATE INDEX ix_assignment_unit ON assignment (unit_id);
CREATE INDEX ix_assignment_proposal ON assignment (proposal_id);
CREATE INDEX ix_note_proposal ON note (proposal_id);
COMMIT;

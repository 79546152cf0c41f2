-- Built-in kinds of organisational life (组织生活) and the default frequency rules of
-- 《中国共产党支部工作条例（试行）》 (2018). Committees add their own kinds and rules for their subtrees.
INSERT INTO record_kinds (code, name_zh, name_en, org_types, has_lecturer, sort_order) VALUES
  ('branch_assembly', '支部党员大会', 'Branch assembly', '{branch}', false, 10),
  ('branch_committee_meeting', '支部委员会', 'Branch committee meeting', '{branch,general_branch}', false, 20),
  ('party_group_meeting', '党小组会', 'Party group meeting', '{party_group,branch}', false, 30),
  ('party_lecture', '党课', 'Party lecture', '{}', true, 40),
  ('theme_party_day', '主题党日', 'Theme party day', '{branch}', false, 50),
  ('organisational_life_meeting', '组织生活会', 'Organisational life meeting', '{branch,general_branch}', false, 60),
  ('democratic_life_meeting', '民主生活会', 'Democratic life meeting', '{committee,leading_group}', false, 70),
  ('member_appraisal', '民主评议党员', 'Democratic appraisal of members', '{branch}', false, 80),
  ('heart_to_heart_talk', '谈心谈话', 'Heart-to-heart talks', '{}', false, 85),
  ('central_group_study', '理论中心组学习', 'Central group study', '{committee,leading_group}', false, 90),
  ('study_session', '集中学习研讨', 'Study and discussion session', '{}', false, 100),
  ('reading_class', '读书班', 'Reading class', '{}', false, 110),
  ('special_tutorial', '专题辅导', 'Special tutorial', '{}', true, 120),
  ('research_symposium', '调研座谈', 'Research symposium', '{}', false, 130),
  ('red_education', '红色教育', 'Red education visit', '{}', false, 140),
  ('mobilisation_meeting', '动员部署会', 'Mobilisation meeting', '{}', false, 150),
  ('work_meeting', '工作例会', 'Regular work meeting', '{}', false, 160),
  ('other', '其他', 'Other', '{}', false, 999);
--> statement-breakpoint
INSERT INTO frequency_rules (owner_org_id, kind, org_type, min_count, period, basis) VALUES
  (NULL, 'branch_assembly', 'branch', 1, 'quarter', '《中国共产党支部工作条例（试行）》第十一条：党员大会一般每季度召开1次'),
  (NULL, 'branch_committee_meeting', 'branch', 1, 'month', '《中国共产党支部工作条例（试行）》第十二条：支部委员会会议一般每月召开1次'),
  (NULL, 'party_group_meeting', 'party_group', 1, 'month', '《中国共产党支部工作条例（试行）》第十三条：党小组会一般每月召开1次'),
  (NULL, 'theme_party_day', 'branch', 1, 'month', '《中国共产党支部工作条例（试行）》第十六条：每月相对固定1天开展主题党日'),
  (NULL, 'party_lecture', 'branch', 1, 'year', '《中国共产党支部工作条例（试行）》第十六条：党支部书记每年至少讲1次党课'),
  (NULL, 'organisational_life_meeting', 'branch', 1, 'year', '《中国共产党支部工作条例（试行）》：组织生活会一般每年召开1次'),
  (NULL, 'member_appraisal', 'branch', 1, 'year', '《中国共产党支部工作条例（试行）》：民主评议党员一般每年开展1次'),
  (NULL, 'heart_to_heart_talk', 'branch', 1, 'year', '《中国共产党支部工作条例（试行）》：谈心谈话每年至少1次');

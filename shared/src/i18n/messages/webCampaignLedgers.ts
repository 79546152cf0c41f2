import { defineMessages } from '../define';

// Strings of the campaign overview's card of its ledgers (问题清单 / 调研课题), as of the chosen day.
export const webCampaignLedgersMessages = defineMessages(
  {
    'campaignLedgers.title': '问题清单 / 调研课题',
    'campaignLedgers.asOf': '截至{date} · {org}',
    'campaignLedgers.problems': '问题清单',
    'campaignLedgers.topics': '调研课题',
    'campaignLedgers.collected': '收集问题',
    'campaignLedgers.fixedAtOnce': '立行立改',
    'campaignLedgers.closed': '已销号',
    'campaignLedgers.open': '未销号',
    'campaignLedgers.overdue': '已逾期',
    'campaignLedgers.topicCount': '调研课题',
    'campaignLedgers.topicsClosed': '已完成',
    'campaignLedgers.share': '占 {percent}%',
    'campaignLedgers.open.link': '查看清单',
    'campaignLedgers.none': '本专项工作没有问题清单或调研课题。',
  },
  {
    'campaignLedgers.title': 'Problems / research topics',
    'campaignLedgers.asOf': 'As of {date} · {org}',
    'campaignLedgers.problems': 'Problems',
    'campaignLedgers.topics': 'Research topics',
    'campaignLedgers.collected': 'Problems collected',
    'campaignLedgers.fixedAtOnce': 'Fixed at once',
    'campaignLedgers.closed': 'Closed',
    'campaignLedgers.open': 'Open',
    'campaignLedgers.overdue': 'Overdue',
    'campaignLedgers.topicCount': 'Research topics',
    'campaignLedgers.topicsClosed': 'Completed',
    'campaignLedgers.share': '{percent}% of them',
    'campaignLedgers.open.link': 'Open the list',
    'campaignLedgers.none': 'This campaign has no problem list or research topics.',
  },
);

import type { Strings } from '../strings-type';

/**
 * Words for notes: colour names (screen readers announce them), anchor statuses and the
 * review queue's actions. Keys follow the core's codes: `notes.colour.<HighlightColour>`,
 * `notes.status.<AnchorStatus>`.
 */
export const notes: Strings = {
  en: {
    'notes.colour.yellow': 'Yellow',
    'notes.colour.green': 'Green',
    'notes.colour.blue': 'Blue',
    'notes.colour.pink': 'Pink',
    'notes.colour.purple': 'Purple',
    'notes.colour.orange': 'Orange',
    'notes.status.anchored': 'In place',
    'notes.status.moved': 'Moved',
    'notes.status.changed': 'Text changed',
    'notes.status.orphaned': 'Not found in the new version',
    'notes.review.accept': 'Accept',
    'notes.review.reattach': 'Re-attach to selection',
    'notes.review.discard': 'Discard',
    'notes.review.oldWording': 'Old wording',
    'notes.review.newWording': 'New wording',
    'notes.store.readOnly': 'Your notes are open read-only: the notes database failed its check.',
    'notes.store.restoreOffer': 'Restore the backup from {{date}}',
  },
  zh: {
    'notes.colour.yellow': '黄色',
    'notes.colour.green': '绿色',
    'notes.colour.blue': '蓝色',
    'notes.colour.pink': '粉色',
    'notes.colour.purple': '紫色',
    'notes.colour.orange': '橙色',
    'notes.status.anchored': '位置未变',
    'notes.status.moved': '已移动',
    'notes.status.changed': '文字已修改',
    'notes.status.orphaned': '新版本中未找到',
    'notes.review.accept': '接受',
    'notes.review.reattach': '重新关联到所选文字',
    'notes.review.discard': '丢弃',
    'notes.review.oldWording': '原文',
    'notes.review.newWording': '新文',
    'notes.store.readOnly': '笔记数据库未通过检查，现以只读方式打开。',
    'notes.store.restoreOffer': '恢复 {{date}} 的备份',
  },
};

import type { Strings } from '../strings-type';

/** Every error code the core can return (shared/errors.ts), worded for the user. */
export const errorStrings: Strings = {
  en: {
    'errors.NOT_FOUND': 'That item is no longer in the library.',
    'errors.INVALID_INPUT': 'Folio could not accept that request.',
    'errors.UNKNOWN_METHOD': 'This window and the Folio core are different versions; reload the window.',
    'errors.UNSUPPORTED_FORMAT': 'Folio cannot read files of this kind.',
    'errors.DECODE_FAILED': 'The file’s text could not be decoded.',
    'errors.DB_TOO_NEW': 'The library was written by a newer Folio; update Folio to open it.',
    'errors.IMPORT_FAILED': 'The import failed.',
    'errors.UNAUTHORIZED': 'This page is not allowed to talk to Folio; open it again from the link Folio printed.',
    'errors.INTERNAL': 'Something went wrong inside Folio.',
    'errors.LIBRARY_DAMAGED':
      'The library file is damaged. Run “folio rebuild” to make a new one from its sources (your notes are kept apart).',
    'errors.READ_ONLY': 'This cannot be saved: the data is open read-only. Reading and searching still work.',
    'errors.DISK_FULL': 'The disk is full. Nothing was half-saved; free some space and try again.',
    'errors.BUSY':
      'Folio is busy (another window or command is using the library, or too many requests are waiting); try again in a moment.',
    'errors.CANCELLED': 'Stopped. Nothing of it was half-saved.',
    'errors.TOO_LARGE': 'That is larger than Folio accepts.',
    'errors.PATH_NOT_ALLOWED': 'Folio may not read from that place. Choose the files again, or drop them here.',
    'errors.detail': '{{words}} ({{detail}})',
    'errors.banner.locale': 'en',
    'errors.banner.libraryReadOnly':
      'The library is read-only (its file or folder cannot be written): reading and searching work; importing and changes are off.',
    'errors.banner.walSetAside':
      'At start Folio found a write-ahead log that did not belong to the library and set it aside:',
    'errors.banner.notesDamaged':
      'Your notes failed their integrity check and are open read-only: you can read them, but not save.',
    'errors.banner.latestBackup': 'The latest good backup is from {{when}}.',
    'errors.banner.restore': 'Restore the latest backup',
    'errors.banner.noBackup': 'No good backup was found; the notes file is kept as it is.',
    'errors.banner.notesStillReadOnly': 'The restored notes are still read-only.',
    'errors.banner.restored':
      'Your notes were restored from the backup of {{when}}; the damaged file is kept beside it.',
  },
  zh: {
    'errors.NOT_FOUND': '该项目已不在资料库中。',
    'errors.INVALID_INPUT': 'Folio 无法接受这个请求。',
    'errors.UNKNOWN_METHOD': '此窗口与 Folio 核心版本不一致，请重新加载窗口。',
    'errors.UNSUPPORTED_FORMAT': 'Folio 无法读取这种类型的文件。',
    'errors.DECODE_FAILED': '无法解码该文件的文字。',
    'errors.DB_TOO_NEW': '资料库由更新版本的 Folio 写入，请更新 Folio 后再打开。',
    'errors.IMPORT_FAILED': '导入失败。',
    'errors.UNAUTHORIZED': '此页面无权访问 Folio，请通过 Folio 打印的链接重新打开。',
    'errors.INTERNAL': 'Folio 内部出错。',
    'errors.LIBRARY_DAMAGED': '资料库文件已损坏。运行“folio rebuild”可从原始文件重建（你的笔记单独保存，不受影响）。',
    'errors.READ_ONLY': '无法保存：数据以只读方式打开。阅读和搜索仍可使用。',
    'errors.DISK_FULL': '磁盘已满。没有保存半截内容；请腾出空间后重试。',
    'errors.BUSY': 'Folio 正忙（另一个窗口或命令正在使用资料库，或等待中的请求过多），请稍后重试。',
    'errors.CANCELLED': '已停止，没有保存半截内容。',
    'errors.TOO_LARGE': '超出了 Folio 接受的大小。',
    'errors.PATH_NOT_ALLOWED': 'Folio 不能从该位置读取。请重新选择文件，或将其拖放到此处。',
    'errors.detail': '{{words}}（{{detail}}）',
    'errors.banner.locale': 'zh-CN',
    'errors.banner.libraryReadOnly': '资料库为只读（其文件或文件夹无法写入）：可以阅读和搜索，导入和修改已停用。',
    'errors.banner.walSetAside': '启动时 Folio 发现一个不属于该资料库的预写日志，已将其移到一旁：',
    'errors.banner.notesDamaged': '你的笔记未通过完整性检查，已以只读方式打开：可以查看，但无法保存。',
    'errors.banner.latestBackup': '最近一份完好的备份时间为 {{when}}。',
    'errors.banner.restore': '恢复最近的备份',
    'errors.banner.noBackup': '没有找到完好的备份；笔记文件保持原样。',
    'errors.banner.notesStillReadOnly': '恢复后的笔记仍为只读。',
    'errors.banner.restored': '你的笔记已从 {{when}} 的备份恢复；损坏的文件保留在旁边。',
  },
};

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
    'errors.BUSY': 'Another Folio window or command is using the library; try again in a moment.',
    'errors.CANCELLED': 'Stopped. Nothing of it was half-saved.',
    'errors.TOO_LARGE': 'That is larger than Folio accepts.',
    'errors.PATH_NOT_ALLOWED': 'Folio may not read from that place. Choose the files again, or drop them here.',
    'errors.detail': '{{words}} ({{detail}})',
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
    'errors.BUSY': '另一个 Folio 窗口或命令正在使用资料库，请稍后重试。',
    'errors.CANCELLED': '已停止，没有保存半截内容。',
    'errors.TOO_LARGE': '超出了 Folio 接受的大小。',
    'errors.PATH_NOT_ALLOWED': 'Folio 不能从该位置读取。请重新选择文件，或将其拖放到此处。',
    'errors.detail': '{{words}}（{{detail}}）',
  },
};

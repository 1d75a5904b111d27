import { describe, expect, it } from 'vitest';
import { findChineseIssuers, findTitleIssuers } from '../../../electron/core/ingest/metadata';

// History lines as they open files in ../shared/corpus/cn-laws (LawRefBook/Laws).
describe('findChineseIssuers', () => {
  it('names the NPC Standing Committee', () => {
    expect(findChineseIssuers(['2006年10月31日 第十届全国人民代表大会常务委员会第二十四次会议通过'])).toEqual([
      '全国人民代表大会常务委员会',
    ]);
  });

  it('names the NPC itself, from the first line that names a body', () => {
    expect(
      findChineseIssuers([
        '1995年3月18日 第八届全国人民代表大会第三次会议通过',
        '2003年12月27日 第十届全国人民代表大会常务委员会第六次会议《关于修改<中华人民共和国中国人民银行法>的决定》修正',
      ]),
    ).toEqual(['全国人民代表大会']);
  });

  it('names a ministry from its meeting', () => {
    expect(findChineseIssuers(['2008年7月17日 经人力资源和社会保障部第6次部务会议通过'])).toEqual([
      '人力资源和社会保障部',
    ]);
  });

  it('names the State Council from a decree', () => {
    expect(findChineseIssuers(['2011年1月8日 中华人民共和国国务院令第588号公布'])).toEqual(['国务院']);
  });

  it('names nobody when the lines do not', () => {
    expect(findChineseIssuers(['2021年1月1日 施行'])).toBeUndefined();
  });
});

describe('findTitleIssuers', () => {
  it('names the bodies before 关于 in a joint interpretation', () => {
    expect(
      findTitleIssuers('最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释'),
    ).toEqual(['最高人民法院', '最高人民检察院']);
  });

  it('names nobody for a title without an issuing body', () => {
    expect(findTitleIssuers('关于审理非法行医刑事案件具体应用法律若干问题的解释')).toBeUndefined();
  });
});

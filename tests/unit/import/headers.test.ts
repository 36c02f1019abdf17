// Header intent: exact spellings and keyword rules in English and Chinese, what a file is (people or
// relationships), relationship cell values, and the columns a preview says it will leave out.
import { describe, expect, it } from 'vitest';
import { mappingProblems } from '../../../shared/import/fields';
import { detectKind, fieldForHeader, normalizeHeader, suggestMapping } from '../../../shared/import/headers';
import { partProblems } from '../../../shared/import/preview';
import { parseBoolean, parseRelationshipType, parseStrength } from '../../../shared/import/values';

describe('people headers from CRM exports', () => {
  it.each([
    ['见过面吗', 'met'],
    ['有无拜访', 'met'],
    ['是否见过', 'met'],
    ['是否当面拜访过？', 'met'],
    ['Met in person', 'met'],
    ['Met?', 'met'],
    ['Visited', 'met'],
    ['上次联系时间', 'lastContact'],
    ['最近联系', 'lastContact'],
    ['最近拜访日期', 'lastContact'],
    ['Last activity', 'lastContact'],
    ['Last Activity Date', 'lastContact'],
    ['lastContactedOn', 'lastContact'],
    ['Job title', 'title'],
    ['JOB　TITLE', 'title'],
    ['Dept', 'department'],
    ['Dept.', 'department'],
    ['所属部门', 'department'],
    ['Influence', 'authority'],
    ['影响力（1-5）', 'authority'],
    ['Attitude', 'stance'],
    ['对我方态度', 'stance'],
    ['Decision role', 'buyingRole'],
    ['采购中的角色', 'buyingRole'],
    ['Line manager', 'reportsTo'],
    ['直接上级姓名', 'reportsTo'],
    ['Contact name', 'name'],
    ['客户联系人', 'name'],
    ['Top decision maker?', 'isTopDecisionMaker'],
    ['Internal remarks', 'notes'],
  ] as const)('%s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('leaves what is not a person field unmapped', () => {
    for (const h of ['微信', '生日', '手机', 'Phone', 'Email', 'Account manager', 'Company name', '客户名称', '']) expect(fieldForHeader(h), h).toBeNull();
  });

  it('normalises case, width, spaces, punctuation and a trailing note', () => {
    expect(normalizeHeader('  Ｌａｓｔ  Contact（日期） ')).toBe('lastcontact');
    expect(normalizeHeader('见过面吗？')).toBe('见过面吗');
    expect(normalizeHeader('E-mail / 邮箱')).toBe('email邮箱');
  });

  it('maps a CRM export whole, each field once', () => {
    expect(suggestMapping(['客户联系人', '职位', '部门', '见过面吗', '上次联系时间', '微信', '生日', '备注'])).toEqual(['name', 'title', 'department', 'met', 'lastContact', null, null, 'notes']);
    expect(suggestMapping(['Full name', 'Job Title', 'Dept', 'Attitude', 'Influence', 'Met in person', 'Last activity', 'Owner'])).toEqual([
      'name', 'title', 'department', 'stance', 'authority', 'met', 'lastContact', null,
    ]);
  });

  it('reads the answers to yes/no questions', () => {
    expect(['有', '无', '见过', '没见过', '拜访过', '未拜访'].map(parseBoolean)).toEqual([true, false, true, false, true, false]);
  });
});

describe('relationships files', () => {
  it('recognises from / to / type / strength in English and Chinese', () => {
    expect(suggestMapping(['From', 'To', 'Type', 'Strength'], 'relationships')).toEqual(['from', 'to', 'type', 'strength']);
    expect(suggestMapping(['从', '到', '关系', '强度（1-3）'], 'relationships')).toEqual(['from', 'to', 'type', 'strength']);
    expect(suggestMapping(['人员', '对象', '关系类型', '关系强度'], 'relationships')).toEqual(['from', 'to', 'type', 'strength']);
    expect(suggestMapping(['姓名', '关系对象', '关系', '备注'], 'relationships')).toEqual(['from', 'to', 'type', null]);
    expect(suggestMapping(['Source person', 'Target person', 'Relationship type', 'Weight'], 'relationships')).toEqual(['from', 'to', 'type', 'strength']);
  });

  it('tells a relationships file from a people file by its headers', () => {
    expect(detectKind(['From', 'To', 'Type', 'Strength'])).toBe('relationships');
    expect(detectKind(['从', '到', '关系'])).toBe('relationships');
    expect(detectKind(['姓名', '对象', '关系', '强度'])).toBe('relationships');
    expect(detectKind(['人员', '对象', '关系类型', '关系强度'])).toBe('relationships');
    // People files, even with a reports-to column or a relationship-ish column.
    expect(detectKind(['姓名', '职位', '部门', '态度', '上级'])).toBe('people');
    expect(detectKind(['姓名', '汇报对象'])).toBe('people');
    expect(detectKind(['Name', 'Reports to'])).toBe('people');
    expect(detectKind(['Name', 'Title', 'Relationship to us', 'Met'])).toBe('people');
    expect(detectKind(['Foo', 'Bar', 'Baz'])).toBe('people');
  });

  it('reads relationship types and strengths in both languages', () => {
    expect(['影响', '汇报', '亲近', '冲突', 'influences', 'Reports to', 'reports-to', 'close to', 'Conflicts with', 'REPORTS_TO', '汇报给'].map(parseRelationshipType)).toEqual([
      'influences', 'reports-to', 'close-to', 'conflicts-with', 'influences', 'reports-to', 'reports-to', 'close-to', 'conflicts-with', 'reports-to', 'reports-to',
    ]);
    expect(() => parseRelationshipType('likes')).toThrow();
    expect(['1', '2', '3', '３', '2.0', '强', '弱', 'medium'].map(parseStrength)).toEqual([1, 2, 3, 3, 2, 3, 1, 2]);
    expect(() => parseStrength('4')).toThrow();
    expect(() => parseStrength('0')).toThrow();
  });

  it('requires from, to and type columns, and refuses fields of the other kind', () => {
    expect(mappingProblems(['from', 'to', 'type', 'strength'], 'relationships')).toEqual([]);
    expect(mappingProblems(['from', null, null], 'relationships').map((p) => p.messageKey)).toEqual(['error.import.noToColumn', 'error.import.noTypeColumn']);
    expect(mappingProblems(['from', 'to', 'type', 'title'], 'relationships')).toEqual([{ messageKey: 'error.import.fieldNotForKind', params: { field: 'title', column: 4 } }]);
    expect(mappingProblems(['name', 'from'], 'people')).toEqual([{ messageKey: 'error.import.fieldNotForKind', params: { field: 'from', column: 2 } }]);
  });

  it('says "this looks like a relationships file" instead of "no Name column"', () => {
    const headers = ['From', 'To', 'Type'];
    expect(partProblems(suggestMapping(headers, 'people'), 'people', detectKind(headers))).toEqual([{ messageKey: 'error.import.looksLikeRelationships' }]);
    const people = ['Name', 'Title'];
    expect(partProblems(suggestMapping(people, 'relationships'), 'relationships', detectKind(people))).toEqual([{ messageKey: 'error.import.looksLikePeople' }]);
    // Once the rep maps what the kind needs, the hint goes.
    expect(partProblems(['name', null, null], 'people', 'relationships')).toEqual([]);
  });
});

// All translation resources, one file per feature per language, merged here. To add a feature's
// words: create en/<feature>.ts and zh-CN/<feature>.ts and add one import + one entry per language.
import enAccounts from './en/accounts';
import enCommon from './en/common';
import enDataErrors from './en/dataErrors';
import enDomain from './en/domain';
import enErrors from './en/errors';
import enMap from './en/map';
import enPerson from './en/person';
import enHighlight from './en/highlight';
import enRanking from './en/ranking';
import enSearch from './en/search';
import enRelationships from './en/relationships';
import enExport from './en/export';
import enBrief from './en/brief';
import enImport from './en/import';
import enBackups from './en/backups';
import enTimeline from './en/timeline';
import enChanges from './en/changes';
import enLayouts from './en/layouts';
import enAccountDetails from './en/accountDetails';
import enCoaching from './en/coaching';
import enVisitErrors from './en/visitErrors';
import enAgenda from './en/agenda';
import enVisits from './en/visits';
import enPaths from './en/paths';
import enPlan from './en/plan';
import enCost from './en/cost';
import enUndo from './en/undo';
import enCommands from './en/commands';
import enMapEdit from './en/mapEdit';
import enPanes from './en/panes';
import zhAccounts from './zh-CN/accounts';
import zhCommon from './zh-CN/common';
import zhDataErrors from './zh-CN/dataErrors';
import zhDomain from './zh-CN/domain';
import zhErrors from './zh-CN/errors';
import zhMap from './zh-CN/map';
import zhPerson from './zh-CN/person';
import zhHighlight from './zh-CN/highlight';
import zhRanking from './zh-CN/ranking';
import zhSearch from './zh-CN/search';
import zhRelationships from './zh-CN/relationships';
import zhExport from './zh-CN/export';
import zhBrief from './zh-CN/brief';
import zhImport from './zh-CN/import';
import zhBackups from './zh-CN/backups';
import zhTimeline from './zh-CN/timeline';
import zhChanges from './zh-CN/changes';
import zhLayouts from './zh-CN/layouts';
import zhAccountDetails from './zh-CN/accountDetails';
import zhCoaching from './zh-CN/coaching';
import zhVisitErrors from './zh-CN/visitErrors';
import zhAgenda from './zh-CN/agenda';
import zhVisits from './zh-CN/visits';
import zhPaths from './zh-CN/paths';
import zhPlan from './zh-CN/plan';
import zhCost from './zh-CN/cost';
import zhUndo from './zh-CN/undo';
import zhCommands from './zh-CN/commands';
import zhMapEdit from './zh-CN/mapEdit';
import zhPanes from './zh-CN/panes';

export type Tree = { [key: string]: string | Tree };

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Keys that two feature files both define; the unit test requires this to stay empty. */
export const duplicateKeys: string[] = [];

/** Deep-merges feature files. A key defined twice keeps its first text (the app must still start) and is recorded. */
export function mergeTrees(parts: Tree[], at = ''): Tree {
  const out: Tree = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const existing = out[key];
      if (existing === undefined) out[key] = typeof value === 'string' ? value : mergeTrees([value], `${at}${key}.`);
      else if (typeof existing !== 'string' && typeof value !== 'string') out[key] = mergeTrees([existing, value], `${at}${key}.`);
      else duplicateKeys.push(`${at}${key}`);
    }
  }
  return out;
}

export const resources: Record<Language, Tree> = {
  en: mergeTrees([enExport, enBrief, enImport, enBackups, enCommon, enAccounts, enDomain, enErrors, enDataErrors, enMap, enPerson, enRelationships, enRanking, enSearch, enHighlight, enTimeline, enChanges, enLayouts, enAccountDetails, enCoaching, enVisitErrors, enAgenda, enVisits, enPaths, enPlan, enCost, enUndo, enCommands, enMapEdit, enPanes]),
  'zh-CN': mergeTrees([zhExport, zhBrief, zhImport, zhBackups, zhCommon, zhAccounts, zhDomain, zhErrors, zhDataErrors, zhMap, zhPerson, zhRelationships, zhRanking, zhSearch, zhHighlight, zhTimeline, zhChanges, zhLayouts, zhAccountDetails, zhCoaching, zhVisitErrors, zhAgenda, zhVisits, zhPaths, zhPlan, zhCost, zhUndo, zhCommands, zhMapEdit, zhPanes]),
};

/** Picks the app language from the rep's choice, else the OS locale. */
export function pickLanguage(chosen: string | null | undefined, systemLocale: string | null | undefined): Language {
  if (chosen === 'en' || chosen === 'zh-CN') return chosen;
  return (systemLocale ?? '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

// The TanStack Table v9 features the ranking uses (only sorting; filtering is ours, with pinyin).
import { createSortedRowModel, rowSortingFeature, tableFeatures } from '@tanstack/react-table';

export const rankingFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
});

export type RankingFeatures = typeof rankingFeatures;

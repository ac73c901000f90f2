/**
 * The dictionary, as the extension uses it: artifact types, matcher patterns, density.
 * Safe for the content script (no jieba, no Node APIs); the build lives in ./build.
 */
export * from './types';
export { createStockScanner, type StockScanner, type StockScan } from './stock-scan';

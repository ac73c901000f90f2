/**
 * The dictionary, as the extension uses it: artifact types, matcher patterns, density.
 * Safe for the content script (no jieba, no Node APIs); the build lives in ./build.
 */
export * from './types';
export { toMatcherPatterns } from './patterns';
export { stockCharCount, stockDensity, countableChars } from './density';
export { createStockScanner, type StockScanner, type StockScan, type StockMatch } from './stock-scan';

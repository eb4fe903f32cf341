/**
 * The close-out (完成情况) and mid-term (中期评估) report of one plan: the completion table laid out as
 * the plans' own completion tables are (indicator, unit, base, target, outcome or latest reading,
 * status, attribute, department, source), the reason beneath each row, written as Markdown, as HTML
 * with an SVG chart per indicator, or as an xlsx workbook. It takes targets and the evaluation
 * module's results and reads no files and no topics itself.
 */
package org.planwatch.report;

/**
 * Plan documents as users have them (PDF, Word .docx, a web page, markdown, plain text in UTF-8,
 * GB18030 or UTF-16) turned into the one form the importer reads: lines, a table row being one
 * line of TAB-separated cells, running text a line per paragraph or per original line, blank
 * lines between blocks. {@link org.planwatch.planimport.source.PlanDocuments} is the way in; what
 * cannot be read comes out as a {@link org.planwatch.planimport.source.DocumentException} naming
 * the file.
 */
package org.planwatch.planimport.source;

/**
 * Reading plan documents as converted from PDF: finding the indicator tables in the text by
 * themselves (no per-document line numbers), recognising each table's columns from its header,
 * and keeping every line with its number so each target can cite {@code <file>:<line>}. The
 * documents in other forms (PDF itself, Word, web pages, markdown, other encodings) reach it as
 * such lines through {@link org.planwatch.planimport.source.PlanDocuments}.
 */
package org.planwatch.planimport;

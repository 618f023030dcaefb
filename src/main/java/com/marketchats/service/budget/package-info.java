/**
 * The request budget of one business (cabinet): per-method hourly quotas and the four-requests-in-flight
 * rule of the Partner API, tightened by the {@code X-RateLimit-Resource-*} headers of every answer, with
 * sends and the open chat served before background polling. {@link com.marketchats.service.budget.RequestBudget}
 * hands out permits; {@link com.marketchats.service.budget.BudgetedChatsApi} takes one around every call.
 */
package com.marketchats.service.budget;

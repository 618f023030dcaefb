package com.marketchats.sandbox;

/** What every operation works with: the state, the DTO mapping and the answers chosen where the spec is silent. */
record OperationContext(SandboxState state, DtoMapper dto, SpecAmbiguities ambiguities) {

    /** The chat, if it exists and belongs to this business; 404 otherwise, as the API does for foreign ids. */
    SandboxChat requireChat(long businessId, long chatId) throws ApiFailure {
        return state.chat(chatId)
                .filter(chat -> chat.businessId() == businessId)
                .orElseThrow(() -> ApiFailure.notFound("Chat " + chatId + " not found"));
    }
}

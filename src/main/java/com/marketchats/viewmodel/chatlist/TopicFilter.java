package com.marketchats.viewmodel.chatlist;

import com.marketchats.api.dto.ChatContextType;

/** The context filter's choices as the view sees them (a view may not use api types). */
public enum TopicFilter {
    ANY(null),
    ORDER(ChatContextType.ORDER),
    RETURN(ChatContextType.RETURN),
    DIRECT(ChatContextType.DIRECT);

    private final ChatContextType contextType;

    TopicFilter(ChatContextType contextType) {
        this.contextType = contextType;
    }

    /** The context type this choice keeps; null for ANY. */
    ChatContextType contextType() {
        return contextType;
    }

    static TopicFilter of(ChatContextType contextType) {
        for (TopicFilter topic : values()) {
            if (topic.contextType == contextType) {
                return topic;
            }
        }
        return ANY;
    }
}

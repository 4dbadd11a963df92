package org.freqbias.core.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON Merge Patch, RFC 7386: a patch object names the members to change; a member set to null is
 * removed, an object member is merged recursively, anything else (arrays included) replaces the
 * target's value; a patch that is not an object replaces the whole target.
 */
public final class JsonMergePatch {

    private JsonMergePatch() {
    }

    /**
     * The result of applying {@code patch} to {@code target} (RFC 7386, section 2). Neither argument
     * is modified: the result is a new tree (sharing no nodes with the target that it changes).
     *
     * @param target the document to patch; null or a missing node count as absent
     */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> member = it.next();
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}

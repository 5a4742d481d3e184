package org.secureaccess.keycloak.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CommonPasswordPolicyTest {

    private static final Set<String> LIST = CommonPasswordPolicyProviderFactory.loadList();

    @Test
    void theBundledListLoads() {
        assertTrue(LIST.size() > 10_000, "entries: " + LIST.size());
        assertTrue(LIST.contains("password"));
        assertTrue(LIST.stream().noneMatch(entry -> entry.startsWith("#")));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertTrue(CommonPasswordPolicyProvider.isCommon("Password", LIST));
        assertTrue(CommonPasswordPolicyProvider.isCommon("BASEBALL", LIST));
        assertTrue(CommonPasswordPolicyProvider.isCommon("aaaaaaaaaaaaaaaa", LIST), "one character repeated");
    }

    @Test
    void passphrasesPass() {
        CommonPasswordPolicyProvider policy = new CommonPasswordPolicyProvider(LIST);
        assertNull(policy.validate("someone", "violet-harbour-kettle-47"));
        assertEquals(CommonPasswordPolicyProvider.ERROR_MESSAGE, policy.validate("someone", "iloveyou").getMessage());
        assertFalse(CommonPasswordPolicyProvider.isCommon(null, LIST));
    }
}

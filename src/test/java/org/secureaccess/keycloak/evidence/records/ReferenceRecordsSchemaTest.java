package org.secureaccess.keycloak.evidence.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.persistence.Column;
import jakarta.persistence.Table;

import org.junit.jupiter.api.Test;
import org.keycloak.connections.jpa.util.JpaUtils;
import org.secureaccess.keycloak.shared.limits.SharedJpaEntityProviderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The changelog and the entities agree, names fit every supported database, and the changelog keeps a Liquibase
 * history table of its own.
 */
class ReferenceRecordsSchemaTest {

    private static Document changelog() throws Exception {
        try (InputStream in = ReferenceRecordsSchemaTest.class.getClassLoader()
                .getResourceAsStream(ReferenceRecordsJpaEntityProviderFactory.CHANGELOG)) {
            assertNotNull(in, "the changelog is on the class path");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS("*", name);
        java.util.ArrayList<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    @Test
    void everyEntityColumnIsCreatedWithTheSameLength() throws Exception {
        Document doc = changelog();
        Map<String, Map<String, String>> tables = new HashMap<>();
        for (Element table : elements(doc, "createTable")) {
            Map<String, String> columns = new HashMap<>();
            NodeList children = table.getElementsByTagNameNS("*", "column");
            for (int i = 0; i < children.getLength(); i++) {
                Element column = (Element) children.item(i);
                columns.put(column.getAttribute("name"), column.getAttribute("type"));
            }
            tables.put(table.getAttribute("tableName"), columns);
        }
        ReferenceRecordsJpaEntityProviderFactory factory = new ReferenceRecordsJpaEntityProviderFactory();
        assertEquals(3, factory.getEntities().size());
        for (Class<?> entity : factory.getEntities()) {
            String tableName = entity.getAnnotation(Table.class).name();
            Map<String, String> columns = tables.get(tableName);
            assertNotNull(columns, tableName + " is created");
            Set<String> mapped = new HashSet<>();
            for (Field field : entity.getDeclaredFields()) {
                Column column = field.getAnnotation(Column.class);
                if (column == null) {
                    continue;
                }
                mapped.add(column.name());
                String type = columns.get(column.name());
                assertNotNull(type, tableName + "." + column.name() + " is created");
                if (field.getType() == String.class) {
                    assertEquals("VARCHAR(" + column.length() + ")", type, tableName + "." + column.name());
                } else {
                    assertEquals("BIGINT", type, tableName + "." + column.name());
                }
            }
            assertEquals(columns.keySet(), mapped, tableName + ": no column without a field");
        }
    }

    @Test
    void namesAreOursAndShortEnoughForEveryDatabase() throws Exception {
        Document doc = changelog();
        for (String attribute : List.of("tableName", "indexName", "constraintName", "primaryKeyName")) {
            for (String element : List.of("createTable", "createIndex", "addUniqueConstraint", "addForeignKeyConstraint", "constraints")) {
                for (Element e : elements(doc, element)) {
                    String name = e.getAttribute(attribute);
                    if (!name.isEmpty()) {
                        assertTrue(name.length() <= 30, name + " fits 30 characters");
                        assertTrue(name.contains("SA_"), name + " is ours");
                    }
                }
            }
        }
        for (Element table : elements(doc, "createTable")) {
            assertTrue(table.getAttribute("tableName").startsWith("SA_REFERENCE_"), table.getAttribute("tableName"));
        }
    }

    @Test
    void theChangelogHasAHistoryTableOfItsOwn() {
        String ours = JpaUtils.getCustomChangelogTableName(ReferenceRecordsJpaEntityProviderFactory.ID);
        assertEquals("DATABASECHANGELOG_SA_REFEREN", ours);
        assertNotEquals(JpaUtils.getCustomChangelogTableName(SharedJpaEntityProviderFactory.ID), ours);
        assertTrue(ReferenceRecordsJpaEntityProviderFactory.ID.length() <= 36);
    }
}

package org.yiyang.renovation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The default catalog every county starts from: 6 categories, 22 items (after the Binzhou catalog), each with
 * its product kinds, unit, unit price and whether it is a basic (基础类) or optional (可选类) item.
 */
public final class DefaultCatalog {

    /** One item of the default catalog. */
    public record Entry(String code, CatalogCategory category, String name, String product, String unit,
                        BigDecimal unitPrice, boolean basic) {
    }

    public static final List<Entry> ITEMS = List.of(
            e("F01", CatalogCategory.FLOOR_PASSAGE, "地面防滑处理", "防滑地砖、防滑涂层", "平方米", "80.00", true),
            e("F02", CatalogCategory.FLOOR_PASSAGE, "门槛移除或高差处理", "门槛石拆除、斜坡过渡条", "处", "150.00", true),
            e("F03", CatalogCategory.FLOOR_PASSAGE, "走廊扶手", "不锈钢扶手、尼龙扶手", "米", "120.00", true),
            e("F04", CatalogCategory.FLOOR_PASSAGE, "入户坡道", "可移动坡道、水泥坡道", "处", "600.00", false),
            e("B01", CatalogCategory.BATHROOM, "卫生间扶手", "一字型、L型、U型扶手", "个", "180.00", true),
            e("B02", CatalogCategory.BATHROOM, "淋浴椅", "折叠淋浴椅、带靠背洗澡椅", "把", "260.00", true),
            e("B03", CatalogCategory.BATHROOM, "坐便增高器", "坐便增高垫、带扶手增高器", "个", "160.00", true),
            e("B04", CatalogCategory.BATHROOM, "浴室防滑垫", "吸盘防滑垫", "块", "40.00", true),
            e("B05", CatalogCategory.BATHROOM, "蹲便改坐便", "坐便器及安装", "处", "900.00", false),
            e("R01", CatalogCategory.BEDROOM, "床边护栏", "床边起身扶手、床护栏", "个", "220.00", true),
            e("R02", CatalogCategory.BEDROOM, "感应夜灯", "人体感应夜灯", "个", "45.00", true),
            e("R03", CatalogCategory.BEDROOM, "护理床", "手摇护理床、电动护理床", "张", "1800.00", false),
            e("K01", CatalogCategory.KITCHEN, "燃气泄漏报警器", "可燃气体探测报警器", "个", "260.00", true),
            e("K02", CatalogCategory.KITCHEN, "燃气自动切断阀", "机械手自动切断阀", "个", "380.00", false),
            e("K03", CatalogCategory.KITCHEN, "厨房操作台改造", "降低台面、台下留空", "处", "800.00", false),
            e("L01", CatalogCategory.LIGHTING, "双控开关改造", "床头与门口双控开关", "处", "120.00", true),
            e("L02", CatalogCategory.LIGHTING, "大按键开关", "大面板开关、夜光开关", "个", "50.00", true),
            e("L03", CatalogCategory.LIGHTING, "照明灯具更换", "LED 吸顶灯、走廊灯", "盏", "150.00", false),
            e("S01", CatalogCategory.SMART_AIDS, "紧急呼叫按钮", "一键呼叫器、SOS 按钮", "个", "260.00", true),
            e("S02", CatalogCategory.SMART_AIDS, "跌倒检测报警器", "毫米波跌倒监测仪", "个", "680.00", false),
            e("S03", CatalogCategory.SMART_AIDS, "烟雾报警器", "独立式光电感烟报警器", "个", "120.00", true),
            e("S04", CatalogCategory.SMART_AIDS, "助行器具", "助行器、四脚手杖、轮椅", "件", "450.00", false));

    private DefaultCatalog() {
    }

    private static Entry e(String code, CatalogCategory c, String name, String product, String unit, String price,
                           boolean basic) {
        return new Entry(code, c, name, product, unit, new BigDecimal(price), basic);
    }
}
